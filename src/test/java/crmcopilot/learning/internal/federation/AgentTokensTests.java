package crmcopilot.learning.internal.federation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.AgentStore;
import crmcopilot.learning.model.WeightCodec;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class AgentTokensTests {

	final AgentStore store = mock(AgentStore.class);

	final AgentTokens tokens = new AgentTokens(this.store, mock(AuditJournal.class));

	@Test
	void should_store_only_the_sha256_hex_of_the_token_as_tokens_issued_before_were_stored() {
		UUID merchant = UUID.randomUUID();

		String token = this.tokens.issue(merchant, "agent", "manager@shop.test");

		ArgumentCaptor<String> stored = ArgumentCaptor.forClass(String.class);
		verify(this.store).saveToken(eq(merchant), eq("agent"), stored.capture());
		assertThat(token).startsWith("fa_").hasSize(3 + 43);
		assertThat(stored.getValue()).doesNotContain(token)
			.isEqualTo(WeightCodec.sha256(token.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void should_recognise_a_token_issued_before_by_its_stored_hash() {
		UUID merchant = UUID.randomUUID();
		String legacy = "fa_" + "x".repeat(43);
		given(this.store.workspaceOfToken(WeightCodec.sha256(legacy.getBytes(StandardCharsets.UTF_8))))
			.willReturn(Optional.of(merchant));

		assertThat(this.tokens.merchantOf(legacy)).contains(merchant);
		assertThat(this.tokens.merchantOf("fa_other")).isEmpty();
	}

}
