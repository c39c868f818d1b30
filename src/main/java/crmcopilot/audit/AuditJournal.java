package crmcopilot.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

import org.jspecify.annotations.Nullable;

/**
 * Append to and read the journal. There is no update and no delete. Recording an entry
 * takes no lock shared with other writers: it is linked into the chain after commit.
 */
public interface AuditJournal {

	AuditEntry record(AuditEvent event);

	PageResponse<AuditEntry> search(UUID workspaceId, Filter filter, PageQuery page);

	/**
	 * Checks every workspace's chain and the content hash of the entries not chained yet;
	 * the report names the first broken link of each.
	 */
	List<ChainReport> verify();

	/**
	 * @param actor substring of the actor
	 * @param action prefix of the action
	 * @param object substring of the object type or id
	 */
	record Filter(@Nullable String actor, @Nullable String action, @Nullable String object, @Nullable Instant from,
			@Nullable Instant to) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}

	}

	/**
	 * @param entries chained and not yet chained entries checked
	 * @param firstBrokenSeq sequence number of the first chained entry that does not fit;
	 * null when the chain holds or when the broken entry is not chained yet
	 * @param problem what is wrong, or null when every entry holds
	 */
	record ChainReport(UUID workspaceId, long entries, @Nullable Long firstBrokenSeq, @Nullable String problem) {

		public boolean intact() {
			return this.problem == null;
		}

	}

}
