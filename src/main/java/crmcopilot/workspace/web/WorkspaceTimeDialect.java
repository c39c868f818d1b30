package crmcopilot.workspace.web;

import java.time.ZoneId;
import java.util.Set;

import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Pages show times in the time zone of the reader's workspace: the {@code #temporals} of
 * templates formats an instant there (Thymeleaf's own formats it in the server's zone). A
 * page nobody signed in to (a public form) keeps the server's zone.
 */
@Component
class WorkspaceTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String TEMPORALS = "temporals";

	private final ObjectProvider<Workspaces> workspaces;

	WorkspaceTimeDialect(ObjectProvider<Workspaces> workspaces) {
		super("workspace-time");
		this.workspaces = workspaces;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(TEMPORALS);
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Temporals(context.getLocale(), readersZone());
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

	private ZoneId readersZone() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Workspaces workspaces = this.workspaces.getIfAvailable();
		if (workspaces != null && authentication != null
				&& authentication.getPrincipal() instanceof CallerPrincipal principal) {
			return workspaces.find(principal.caller().workspaceId())
				.map(Workspace::timeZone)
				.orElse(ZoneId.systemDefault());
		}
		return ZoneId.systemDefault();
	}

}
