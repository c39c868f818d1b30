package crmcopilot.workspace.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class WorkspaceTimeDialectTests {

	private static final Instant NOON_UTC = Instant.parse("2026-07-01T12:00:00Z");

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void should_show_a_time_in_the_time_zone_of_the_readers_workspace() {
		// given a reader of a workspace in Dakar and one in Paris
		assertThat(render(zone("Africa/Dakar"))).isEqualTo("01/07/2026 12:00");
		assertThat(render(zone("Europe/Paris"))).isEqualTo("01/07/2026 14:00");
	}

	@Test
	void should_keep_the_servers_zone_for_a_page_nobody_signed_in_to() {
		Workspaces workspaces = mock(Workspaces.class);
		String shown = engine(workspaces).process("[[${#temporals.format(at, 'HH:mm')}]]", context());
		assertThat(shown).isEqualTo(NOON_UTC.atZone(ZoneId.systemDefault()).toLocalTime().toString());
	}

	private String render(Workspaces workspaces) {
		return engine(workspaces).process("[[${#temporals.format(at, 'dd/MM/yyyy HH:mm')}]]", context());
	}

	private static Workspaces zone(String zone) {
		UUID id = UUID.randomUUID();
		Workspaces workspaces = mock(Workspaces.class);
		given(workspaces.find(any())).willReturn(Optional.of(new Workspace(id, "w", "W", Locale.FRENCH, ZoneId.of(zone),
				PrivacyLevel.PRIVATE, false, Instant.EPOCH)));
		Caller caller = new Caller(id, "W", UUID.randomUUID(), null, "Alice", "a@w.fr", Role.ADMIN, Set.of());
		CallerPrincipal principal = () -> caller;
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null));
		return workspaces;
	}

	private static SpringTemplateEngine engine(Workspaces workspaces) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.TEXT);
		engine.setTemplateResolver(resolver);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("workspaces", workspaces);
		engine.addDialect(new WorkspaceTimeDialect(beans.getBeanProvider(Workspaces.class)));
		return engine;
	}

	private static Context context() {
		Context context = new Context(Locale.FRENCH);
		context.setVariable("at", NOON_UTC);
		return context;
	}

}
