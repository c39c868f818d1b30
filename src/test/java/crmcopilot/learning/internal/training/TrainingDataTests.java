package crmcopilot.learning.internal.training;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.DatasetStore;
import crmcopilot.learning.internal.DatasetStore.StoredDataset;
import crmcopilot.learning.internal.ExternalDataStore;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class TrainingDataTests {

	static final UUID MERCHANT = UUID.randomUUID();

	final DatasetStore datasets = mock(DatasetStore.class);

	final TrainingData data = new TrainingData(this.datasets, mock(MerchantConfigStore.class),
			mock(ExternalDataStore.class), mock(AuditJournal.class),
			new LearningSettings("0 2 * * *", 20, 3, 3, 100_000, 3, false, 1e-5, 1000, 500_000, DataSize.ofBytes(1024),
					10, 1_500_000, LearningSettings.Drift.DEFAULTS));

	@Test
	void should_refuse_an_upload_over_the_size_limit_without_storing_it() {
		byte[] large = ("pages_viewed,purchased\n" + "12,1\n".repeat(400)).getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.data.importDataset(MERCHANT, "big.csv", "purchased",
				new ByteArrayInputStream(large), "manager"))
			.isInstanceOfSatisfying(CsvReadException.class, (ex) -> {
				assertThat(ex.tooLarge()).isTrue();
				assertThat(ex.field()).isEqualTo("file");
			});
		verify(this.datasets, never()).save(any(), anyString(), anyString(), anyInt(), any());
	}

	@Test
	void should_refuse_more_values_than_one_training_holds_at_the_first_row_past_the_cap() {
		TrainingData capped = new TrainingData(this.datasets, mock(MerchantConfigStore.class),
				mock(ExternalDataStore.class), mock(AuditJournal.class),
				new LearningSettings("0 2 * * *", 20, 3, 3, 100_000, 3, false, 1e-5, 1000, 500_000,
						DataSize.ofMegabytes(1), 500_000, 8, LearningSettings.Drift.DEFAULTS));
		byte[] five = ("pages_viewed,purchased\n" + "1,0\n".repeat(5)).getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> capped.importDataset(MERCHANT, "cells.csv", "purchased",
				new ByteArrayInputStream(five), "manager"))
			.isInstanceOfSatisfying(DatasetTooLargeException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageKey()).isEqualTo("learning.error.dataset-cells");
				assertThat(ex.arguments()).containsExactly(8L);
			});
		verify(this.datasets, never()).save(any(), anyString(), anyString(), anyInt(), any());
	}

	@Test
	void should_refuse_more_rows_than_the_limit() {
		byte[] rows = ("pages_viewed,purchased\n" + "1,0\n".repeat(11)).getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.data.importDataset(MERCHANT, "rows.csv", "purchased", rows, "manager"))
			.isInstanceOfSatisfying(CsvReadException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("csv.error.rows"));
	}

	@Test
	void should_store_an_upload_within_the_limits_and_name_a_missing_label() {
		byte[] csv = "pages_viewed,purchased\n3,1\n1,0\n".getBytes(StandardCharsets.UTF_8);
		given(this.datasets.save(eq(MERCHANT), anyString(), anyString(), anyInt(), any()))
			.willReturn(new StoredDataset(UUID.randomUUID(), "s.csv", "purchased", 2, csv, Instant.now()));

		assertThat(this.data.importDataset(MERCHANT, "s.csv", "purchased", new ByteArrayInputStream(csv), "manager")
			.rows()).isEqualTo(2);
		assertThatThrownBy(() -> this.data.importDataset(MERCHANT, "s.csv", "bought", csv, "manager"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("label");
				assertThat(ex.messageKey()).isEqualTo("learning.error.no-label-column");
			});
	}

}
