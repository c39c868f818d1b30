package crmcopilot.shared.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.shared.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared outbox against the real database: items stored in the caller's transaction,
 * delivered once through the channel of their kind, retried with backoff, given up after
 * the last attempt or at once on a permanent failure, and requeued by hand.
 */
@CopilotIntegrationTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final UUID workspace = UUID.randomUUID();

	private final String kind = "TEST-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void should_deliver_an_item_once_and_keep_the_provider_reference() {
		RecordingChannel channel = new RecordingChannel(this.kind, RetryPolicy.DEFAULT);
		OutboxDrainer drainer = new OutboxDrainer(this.outbox, List.of(channel));
		UUID reference = UUID.randomUUID();
		UUID id = this.outbox.enqueue(new OutboxMessage(this.workspace, this.kind, "to@client.test", "Sujet", "Bonjour",
				Map.of("X-Test", "1"), reference));

		drainer.deliverDue();
		drainer.deliverDue();

		assertThat(channel.delivered).singleElement().satisfies((item) -> {
			assertThat(item.target()).isEqualTo("to@client.test");
			assertThat(item.headers()).containsEntry("X-Test", "1");
		});
		OutboxItem sent = this.outbox.find(this.workspace, id).orElseThrow();
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.providerRef()).isEqualTo("ref-1");
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(this.outbox.ofReference(this.workspace, reference)).extracting(OutboxItem::id).containsExactly(id);
	}

	@Test
	void should_store_nothing_when_the_callers_transaction_rolls_back() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.outbox.enqueue(message());
			throw new IllegalStateException("business change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(page().totalItems()).isZero();
	}

	@Test
	void should_retry_with_backoff_then_give_up_after_the_last_attempt() {
		RecordingChannel channel = new RecordingChannel(this.kind,
				new RetryPolicy(2, Duration.ofSeconds(30), Duration.ofHours(1)));
		channel.failures = 10;
		OutboxDrainer drainer = new OutboxDrainer(this.outbox, List.of(channel));
		UUID id = this.outbox.enqueue(message());

		Instant before = Instant.now();
		drainer.deliverDue();
		OutboxItem waiting = this.outbox.find(this.workspace, id).orElseThrow();
		assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(waiting.lastError()).isEqualTo("provider down");
		assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(before.plusSeconds(29));
		drainer.deliverDue();
		assertThat(channel.attempts).isEqualTo(1);

		makeDue(id);
		drainer.deliverDue();

		OutboxItem failed = this.outbox.find(this.workspace, id).orElseThrow();
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(2);
		assertThat(this.outbox.counts(this.workspace, List.of(this.kind))).containsEntry(OutboxStatus.FAILED, 1L)
			.containsEntry(OutboxStatus.PENDING, 0L);
	}

	@Test
	void should_give_up_at_once_on_a_permanent_failure_and_deliver_when_requeued() {
		RecordingChannel channel = new RecordingChannel(this.kind, RetryPolicy.DEFAULT);
		channel.failures = 1;
		channel.permanent = true;
		OutboxDrainer drainer = new OutboxDrainer(this.outbox, List.of(channel));
		UUID id = this.outbox.enqueue(message());

		drainer.deliverDue();
		assertThat(this.outbox.find(this.workspace, id).orElseThrow().failed()).isTrue();

		assertThat(this.outbox.requeue(UUID.randomUUID(), id)).isFalse();
		assertThat(this.outbox.requeue(this.workspace, id)).isTrue();
		Optional<OutboxItem> after = drainer.deliverNow(this.workspace, id);

		assertThat(after).hasValueSatisfying((item) -> {
			assertThat(item.status()).isEqualTo(OutboxStatus.SENT);
			assertThat(item.attempts()).isEqualTo(1);
		});
		assertThat(this.outbox.requeue(this.workspace, id)).isFalse();
	}

	@Test
	void should_leave_items_of_a_kind_without_channel_waiting() {
		OutboxDrainer drainer = new OutboxDrainer(this.outbox,
				List.of(new RecordingChannel("OTHER-" + this.kind, RetryPolicy.DEFAULT)));
		UUID id = this.outbox.enqueue(message());

		drainer.deliverDue();

		OutboxItem item = this.outbox.find(this.workspace, id).orElseThrow();
		assertThat(item.pending()).isTrue();
		assertThat(item.attempts()).isZero();
	}

	@Test
	void should_let_one_drainer_only_claim_an_item() {
		RecordingChannel channel = new RecordingChannel(this.kind, RetryPolicy.DEFAULT);
		OutboxDrainer first = new OutboxDrainer(this.outbox, List.of(channel));
		UUID id = this.outbox.enqueue(message());
		OutboxItem item = this.outbox.find(this.workspace, id).orElseThrow();

		assertThat(this.outbox.claim(item, Instant.now(), OutboxDrainer.LEASE)).isTrue();
		first.deliverDue();

		assertThat(this.outbox.claim(item, Instant.now(), OutboxDrainer.LEASE)).isFalse();
		assertThat(channel.attempts).isZero();
	}

	@Test
	void should_discard_unsent_items_and_page_only_the_kinds_asked_for() {
		this.outbox.enqueue(message());
		this.outbox.enqueue(new OutboxMessage(this.workspace, "OTHER-" + this.kind, "x", null, "{}", Map.of(), null));

		assertThat(page().totalItems()).isEqualTo(1);
		assertThat(this.outbox.discardUnsent(this.workspace, List.of(this.kind))).isEqualTo(1);
		assertThat(page().totalItems()).isZero();
		assertThat(
				this.outbox.page(this.workspace, List.of("OTHER-" + this.kind), null, PageQuery.of(0, 10)).totalItems())
			.isEqualTo(1);
	}

	@Test
	void should_double_the_wait_up_to_the_cap() {
		RetryPolicy policy = RetryPolicy.DEFAULT;

		assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(policy.backoff(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.backoff(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(policy.backoff(50)).isEqualTo(Duration.ofHours(1));
	}

	private OutboxMessage message() {
		return new OutboxMessage(this.workspace, this.kind, "to@client.test", null, "Bonjour", Map.of(), null);
	}

	private crmcopilot.shared.PageResponse<OutboxItem> page() {
		return this.outbox.page(this.workspace, List.of(this.kind), null, PageQuery.of(0, 10));
	}

	private void makeDue(UUID id) {
		this.jdbc.sql("UPDATE outbox SET next_attempt_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), id)
			.update();
	}

	/** A channel that records what it delivers and fails a given number of times. */
	private static final class RecordingChannel implements OutboxChannel {

		private final String kind;

		private final RetryPolicy policy;

		private final List<OutboxItem> delivered = new ArrayList<>();

		private int failures;

		private boolean permanent;

		private int attempts;

		RecordingChannel(String kind, RetryPolicy policy) {
			this.kind = kind;
			this.policy = policy;
		}

		@Override
		public String kind() {
			return this.kind;
		}

		@Override
		public Optional<String> deliver(OutboxItem item) {
			this.attempts++;
			if (this.failures > 0) {
				this.failures--;
				throw new IllegalStateException("provider down");
			}
			this.delivered.add(item);
			return Optional.of("ref-" + this.delivered.size());
		}

		@Override
		public boolean permanent(Exception failure) {
			return this.permanent;
		}

		@Override
		public RetryPolicy retryPolicy() {
			return this.policy;
		}

	}

}
