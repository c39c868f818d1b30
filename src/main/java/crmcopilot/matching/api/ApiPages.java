package crmcopilot.matching.api;

import java.util.List;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

/**
 * One page of a list already in memory (a workspace has hundreds of shoppers or clients).
 */
final class ApiPages {

	private ApiPages() {
	}

	static <T> PageResponse<T> page(List<T> all, PageQuery query) {
		int from = Math.min(all.size(), query.offset());
		int to = Math.min(all.size(), from + query.size());
		return PageResponse.of(List.copyOf(all.subList(from, to)), query, all.size());
	}

}
