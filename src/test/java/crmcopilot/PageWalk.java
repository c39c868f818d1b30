package crmcopilot;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks the pages a signed-in person reaches by following links from the home page, as a
 * curious new user would: every link of the same site that shows a page, at most two
 * pages of the same shape ({@code /support/tickets/{id}}), never a link that acts
 * (sign-out, language switch) or downloads a file.
 */
final class PageWalk {

	private static final Pattern ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+");

	private static final Pattern SKIPPED = Pattern.compile(
			"^/(logout|login|api/|actuator|swagger|v3/api-docs|webjars/|css/|js/|images?/|h2-console|oauth2/|error).*"
					+ "|.*\\.(pdf|csv|tsv|ics|png|jpe?g|svg|json|zip|txt|md|xml)$|.*/(export|download)(/.*)?$");

	private final TestSession session;

	private final String language;

	private final int limit;

	private final int perShape;

	PageWalk(TestSession session, String language, int limit) {
		this(session, language, limit, 2);
	}

	PageWalk(TestSession session, String language, int limit, int perShape) {
		this.session = session;
		this.language = language;
		this.limit = limit;
		this.perShape = perShape;
	}

	/** A page reached, parsed. */
	record Page(String path, Document document) {
	}

	List<Page> walk(String start) {
		List<Page> pages = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		while (!queue.isEmpty() && pages.size() < this.limit) {
			String path = queue.removeFirst();
			if (!seen.add(path)) {
				continue;
			}
			String shape = ID.matcher(path.split("\\?", 2)[0]).replaceAll("{id}");
			if (shapes.merge(shape, 1, Integer::sum) > this.perShape) {
				continue;
			}
			HttpResponse<String> response = this.session.get(path, "Accept-Language", this.language);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			Document document = Jsoup.parse(response.body(), this.session.base() + path);
			pages.add(new Page(path, document));
			for (Element link : document.select("a[href]:not([download])")) {
				String next = ownPath(link.attr("href"), path);
				if (next != null && !seen.contains(next)) {
					queue.addLast(next);
				}
			}
		}
		return pages;
	}

	/**
	 * The path of a link to a page of this site, or null when the walk does not follow
	 * it.
	 */
	private String ownPath(String href, String from) {
		String target = href.split("#", 2)[0];
		if (target.isBlank() || target.startsWith("mailto:") || target.startsWith("tel:")
				|| target.startsWith("javascript:")) {
			return null;
		}
		URI uri = URI.create(this.session.base() + from).resolve(target.replace(" ", "%20"));
		if (!(this.session.base() + "/").startsWith(uri.getScheme() + "://" + uri.getAuthority() + "/")) {
			return null;
		}
		String path = uri.getRawPath();
		String query = uri.getRawQuery();
		if (path == null || SKIPPED.matcher(path.toLowerCase(Locale.ROOT)).matches()
				|| (query != null && (query.contains("lang=") || query.contains("format=")))) {
			return null;
		}
		return (query != null) ? path + "?" + query : path;
	}

}
