package crmcopilot.shared;

import org.jspecify.annotations.Nullable;

/**
 * Page parameters as received ({@code ?page=&size=}), validated: page from 0, size
 * 1..200, default 50.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw new InvalidInputException("page", "page.error.page", new Object[0], "page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "page.error.size", new Object[] { MAX_SIZE },
					"size must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageQuery of(@Nullable Integer page, @Nullable Integer size) {
		return new PageQuery((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE);
	}

	public int offset() {
		return this.page * this.size;
	}

}
