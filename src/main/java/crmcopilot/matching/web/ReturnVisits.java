package crmcopilot.matching.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingSettings;
import crmcopilot.matching.internal.ReturnLinks;
import crmcopilot.shared.RateLimiter;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.stereotype.Component;

/**
 * Opens a client's return link: the visit is rate-limited per address, and an unknown,
 * expired, revoked or other workspace's token is refused ({@link ReturnLinkErrors} turns
 * the refusals into pages).
 */
@Component
class ReturnVisits {

	private final Workspaces workspaces;

	private final MatchingService matching;

	private final ReturnLinks returnLinks;

	private final RateLimiter limiter;

	private final MatchingSettings settings;

	ReturnVisits(Workspaces workspaces, MatchingService matching, ReturnLinks returnLinks, RateLimiter limiter,
			MatchingSettings settings) {
		this.workspaces = workspaces;
		this.matching = matching;
		this.returnLinks = returnLinks;
		this.limiter = limiter;
		this.settings = settings;
	}

	Visit visit(String slug, String token, HttpServletRequest request) {
		if (!this.limiter.tryAcquire("matching.return:" + request.getRemoteAddr(), this.settings.returnVisitsPerHour(),
				Duration.ofHours(1))) {
			throw new TooManyVisits();
		}
		Workspace workspace = this.workspaces.findBySlug(slug).orElseThrow(InvalidLink::new);
		UUID clientId = this.returnLinks.resolve(workspace.id(), token).orElseThrow(InvalidLink::new);
		ClientCase client = this.matching.client(workspace.id(), clientId).orElseThrow(InvalidLink::new);
		return new Visit(workspace, client);
	}

	static String base(String slug, String token) {
		return "/public/matching/" + slug + "/return/" + token;
	}

	record Visit(Workspace workspace, ClientCase client) {

		/** Who acts, as the journal records it. */
		String actor() {
			return "client:" + this.client.request().email();
		}

	}

	static final class InvalidLink extends RuntimeException {

		InvalidLink() {
			super("unknown, expired or revoked return link", null, false, false);
		}

	}

	static final class TooManyVisits extends RuntimeException {

		TooManyVisits() {
			super("too many return-link visits", null, false, false);
		}

	}

}
