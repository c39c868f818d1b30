package crmcopilot.support.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import crmcopilot.shared.SsrfGuard;
import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.RetryPolicy;

import org.springframework.stereotype.Component;

/**
 * Replies and escalation notices POSTed as JSON to a callback URL, with the item's
 * headers (the workspace's signature); any answer but 2xx is a failure.
 */
@Component
class WebhookChannel implements OutboxChannel {

	private final SupportSettings settings;

	private final HttpClient http;

	private final SsrfGuard guard;

	WebhookChannel(SupportSettings settings, SsrfGuard guard) {
		this.settings = settings;
		this.guard = guard;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public String kind() {
		return OutboxKinds.WEBHOOK;
	}

	@Override
	public Optional<String> deliver(OutboxItem item) throws IOException, InterruptedException {
		// checked again at each delivery: the name may resolve elsewhere since it was
		// saved,
		// and a redirect is a failure, never followed
		SsrfGuard.Decision decision = this.guard.check(URI.create(item.target()));
		if (!decision.allowed()) {
			throw new IllegalStateException("refused by the outbound guard: " + decision.reason());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(item.target()))
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(item.body()));
		item.headers().forEach(request::header);
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					"HTTP " + response.statusCode() + " from " + URI.create(item.target()).getHost());
		}
		return Optional.empty();
	}

	@Override
	public RetryPolicy retryPolicy() {
		return RetryPolicy.DEFAULT.withMaxAttempts(this.settings.maxAttempts());
	}

}
