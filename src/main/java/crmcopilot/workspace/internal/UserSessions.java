package crmcopilot.workspace.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends a user's sessions when what they stood for changes (role, access, password).
 * Sessions are found by their principal name, the user's e-mail, in the shared session
 * store.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the user. */
	int endAll(String email) {
		return end(email, null);
	}

	/** Ends the user's sessions other than the one making the current request. */
	int endOthers(String email) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return end(email, (request != null) ? request.getSessionId() : null);
	}

	private int end(String email, @Nullable String keep) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		Map<String, ? extends Session> found = repository.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keep)) {
				repository.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
