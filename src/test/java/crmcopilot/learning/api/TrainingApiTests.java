package crmcopilot.learning.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import crmcopilot.learning.internal.LearningPermissions;
import crmcopilot.learning.internal.federation.AgentTokens;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.LearningInsights;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TrainingApiController.class)
class TrainingApiTests {

	static final UUID WORKSPACE = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TrainingData data;

	@MockitoBean
	ModelTraining training;

	@MockitoBean
	Deployments deployments;

	@MockitoBean
	MerchantConfigs configs;

	@MockitoBean
	LearningInsights insights;

	@MockitoBean
	AgentTokens agentTokens;

	record Principal(Caller caller) implements CallerPrincipal {
	}

	static RequestPostProcessor manager() {
		Set<String> permissions = Set.of(LearningPermissions.VIEW, LearningPermissions.MANAGE);
		Caller caller = new Caller(WORKSPACE, "Boutique", UUID.randomUUID(), null, "Gérante", "gerante@shop.test",
				Role.MANAGER, permissions);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(caller), null,
				permissions.stream().map(SimpleGrantedAuthority::new).toList()));
	}

	@Test
	void should_import_a_dataset_from_the_request_body_in_the_envelope() throws Exception {
		given(this.data.importDataset(eq(WORKSPACE), eq("s.csv"), eq("purchased"), any(InputStream.class),
				eq("gerante@shop.test")))
			.willReturn(new TrainingData.DatasetInfo("s.csv", "purchased", 2, Instant.now()));

		this.mvc
			.perform(post("/api/ai-training/dataset").with(manager())
				.with(csrf())
				.param("name", "s.csv")
				.contentType("text/csv")
				.content("pages_viewed,purchased\n3,1\n1,0\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.success").value(true))
			.andExpect(jsonPath("$.data.rows").value(2));
	}

	@Test
	void should_answer_413_naming_the_field_when_the_dataset_is_too_large() throws Exception {
		given(this.data.importDataset(eq(WORKSPACE), any(), any(), any(InputStream.class), any()))
			.willThrow(tooLarge());

		this.mvc
			.perform(post("/api/ai-training/dataset").with(manager())
				.with(csrf())
				.contentType("text/csv")
				.content("pages_viewed,purchased\n"))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.success").value(false))
			.andExpect(jsonPath("$.error.code").value("too_large"))
			.andExpect(jsonPath("$.error.field").value("file"));
	}

	/** What the shared reader throws for a file over its limit. */
	private static RuntimeException tooLarge() {
		byte[] content = "pages_viewed,purchased\n1,0\n".getBytes(StandardCharsets.UTF_8);
		try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(content), "file",
				CsvLimits.DEFAULT.withMaxBytes(8))) {
			reader.next();
		}
		catch (RuntimeException ex) {
			return ex;
		}
		throw new AssertionError("the reader accepted a file over its limit");
	}

}
