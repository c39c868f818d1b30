package crmcopilot.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same shape on every API route: {@code ?page=0&size=50} (page
 * from 0, size 1..200) in, this record out.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
		int totalPages = (int) Math.ceil(totalItems / (double) query.size());
		return new PageResponse<>(items, query.page(), query.size(), totalItems, totalPages);
	}

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages);
	}

	public boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

}
