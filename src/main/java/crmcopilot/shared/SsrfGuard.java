package crmcopilot.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * The one outbound guard: every address a workspace can set (crawled pages, webhook and
 * notification URLs, the LLM base URL, IMAP and SMTP hosts, customer databases, connector
 * URLs) is checked with it when saved and again before each connection; clients follow no
 * redirect on their own, so each hop is checked too. Refuses targets the platform must
 * never reach from inside: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16 — cloud metadata —, fe80::/10), multicast, unspecified,
 * carrier-grade NAT (100.64/10) and names that do not resolve. Hosts listed in the
 * operators' allow list (exact host names or literal IPs) pass. The decision only
 * resolves names; it never connects.
 */
public final class SsrfGuard {

	/** Resolves a host name; replaced in tests so no lookup leaves the machine. */
	@FunctionalInterface
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/**
	 * The decision for one URI.
	 *
	 * @param reason why it is refused, or empty when allowed
	 */
	public record Decision(boolean allowed, String reason) {

		static Decision allow() {
			return new Decision(true, "");
		}

		static Decision refuse(String reason) {
			return new Decision(false, reason);
		}

	}

	private final Set<String> allowedHosts;

	private final Resolver resolver;

	public SsrfGuard(Set<String> allowedHosts) {
		this(allowedHosts, InetAddress::getAllByName);
	}

	public SsrfGuard(Set<String> allowedHosts, Resolver resolver) {
		this.allowedHosts = allowedHosts.stream()
			.map((host) -> host.trim().toLowerCase(Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		this.resolver = resolver;
	}

	public Decision check(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Decision.refuse("only http and https are fetched");
		}
		return checkHost(uri.getHost());
	}

	/**
	 * The URL, refused with an {@link InvalidInputException} naming the field unless it
	 * is an http(s) URL to an allowed host. The message never says whether anything
	 * listens there.
	 */
	public URI require(String field, String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (java.net.URISyntaxException ex) {
			throw refused(field, "not a valid URL");
		}
		Decision decision = check(uri);
		if (!decision.allowed()) {
			throw refused(field, decision.reason());
		}
		return uri;
	}

	/** Like {@link #require} for a bare host name (IMAP, SMTP, a database server). */
	public String requireHost(String field, String host) {
		Decision decision = checkHost(host);
		if (!decision.allowed()) {
			throw refused(field, decision.reason());
		}
		return host;
	}

	private static InvalidInputException refused(String field, String reason) {
		return new InvalidInputException(field, "outbound.error.refused", new Object[0],
				"this address cannot be reached from the service (" + reason
						+ "); an operator can allow a private host in COPILOT_OUTBOUND_ALLOWED_HOSTS");
	}

	/**
	 * The decision for a host name or literal address (IPv6 with or without brackets).
	 */
	public Decision checkHost(@org.jspecify.annotations.Nullable String host) {
		if (host == null || host.isBlank()) {
			return Decision.refuse("the URI has no host");
		}
		String normalized = host.strip().toLowerCase(Locale.ROOT);
		if (normalized.startsWith("[") && normalized.endsWith("]")) {
			normalized = normalized.substring(1, normalized.length() - 1);
		}
		if (this.allowedHosts.contains(normalized)) {
			return Decision.allow();
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(normalized);
		}
		catch (UnknownHostException ex) {
			return Decision.refuse("host " + normalized + " does not resolve");
		}
		if (addresses.length == 0) {
			return Decision.refuse("host " + normalized + " does not resolve");
		}
		for (InetAddress address : addresses) {
			String problem = forbidden(address);
			if (problem != null) {
				return Decision
					.refuse("host " + normalized + " resolves to " + problem + " address " + address.getHostAddress());
			}
		}
		return Decision.allow();
	}

	private static @org.jspecify.annotations.Nullable String forbidden(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return "a loopback";
		}
		if (address.isAnyLocalAddress()) {
			return "an unspecified";
		}
		if (address.isLinkLocalAddress()) {
			return "a link-local";
		}
		if (address.isSiteLocalAddress()) {
			return "a private";
		}
		if (address.isMulticastAddress()) {
			return "a multicast";
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			if (first == 100 && second >= 64 && second <= 127) {
				return "a carrier-grade NAT";
			}
			if (first == 0 || first >= 240) {
				return "a reserved";
			}
		}
		if (address instanceof Inet6Address) {
			if ((bytes[0] & 0xfe) == 0xfc) {
				return "a unique-local";
			}
			if (isMappedIpv4(bytes)) {
				try {
					InetAddress v4 = InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
					return forbidden(v4);
				}
				catch (UnknownHostException ex) {
					return "an invalid";
				}
			}
		}
		return null;
	}

	private static boolean isMappedIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}

}
