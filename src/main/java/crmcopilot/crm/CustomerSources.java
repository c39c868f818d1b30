package crmcopilot.crm;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Customer data connectors: saved JDBC sources (credentials encrypted), the demo tables,
 * and CSV/TSV uploads. Every read is read-only, counts the rows, detects column types and
 * samples big tables (a deterministic random sample of at most {@code limit} rows).
 */
public interface CustomerSources {

	/** The demo source ({@code demo_seg_client} + {@code demo_seg_client_enrichi}). */
	CustomerSource demo(UUID workspaceId);

	/**
	 * Saves a JDBC source after checking the URL is allowed and the table can be read.
	 * @throws crmcopilot.shared.InvalidInputException naming the field and what is wrong
	 * (message keys {@code crm.*})
	 */
	CustomerSource saveJdbc(UUID workspaceId, String name, String url, @Nullable String username,
			@Nullable String password, String table, @Nullable String enrichmentTable);

	Optional<CustomerSource> find(UUID workspaceId, UUID sourceId);

	List<CustomerSource> list(UUID workspaceId);

	/**
	 * Reads a table of a source (its customer or enrichment table, or another table of
	 * the same database).
	 * @throws crmcopilot.shared.InvalidInputException for an unknown source, a refused or
	 * unreadable table (message keys {@code crm.*})
	 */
	CustomerData read(UUID workspaceId, UUID sourceId, String table, int limit);

	/**
	 * Reads a CSV or TSV file with a header row (separator and encoding detected). Rows
	 * with the wrong number of fields are reported in {@link CustomerData#badRows()}.
	 * @throws crmcopilot.shared.CsvReadException when the file is too big, binary, has no
	 * header or crosses a column or value bound (naming the field {@code file})
	 */
	CustomerData readCsv(InputStream content, int limit);

	/** Largest CSV/TSV upload accepted, in bytes. */
	long maxUploadBytes();

}
