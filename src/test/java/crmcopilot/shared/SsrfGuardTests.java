package crmcopilot.shared;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions only: names resolve through a fixed table, nothing is sent anywhere. */
class SsrfGuardTests {

	private static final Map<String, String> DNS = Map.of("localhost", "127.0.0.1", "intranet.example", "10.0.0.7",
			"router.example", "192.168.1.1", "metadata.example", "169.254.169.254", "shop.example", "93.184.216.34",
			"v6.example", "fd00::1", "mapped.example", "::ffff:10.0.0.1");

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		String address = DNS.get(host);
		if (address == null) {
			if (host.matches("[0-9.]+") || host.contains(":")) {
				return new InetAddress[] { InetAddress.getByName(host) };
			}
			throw new UnknownHostException(host);
		}
		return new InetAddress[] { InetAddress.getByName(address) };
	}

	private final SsrfGuard guard = new SsrfGuard(Set.of(), SsrfGuardTests::resolve);

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://192.168.0.10/x", "http://172.16.5.4/",
			"http://169.254.169.254/latest/meta-data", "http://localhost:8080/", "http://127.0.0.1/", "http://[::1]/",
			"http://224.0.0.1/", "http://0.0.0.0/", "http://100.64.0.1/", "http://intranet.example/",
			"http://router.example/", "http://metadata.example/", "http://v6.example/", "http://mapped.example/",
			"http://unknown.invalid/", "ftp://shop.example/" })
	void should_refuse_internal_or_unresolvable_targets(String uri) {
		assertThat(this.guard.check(URI.create(uri)).allowed()).as(uri).isFalse();
	}

	@Test
	void should_allow_a_public_host() {
		assertThat(this.guard.check(URI.create("https://shop.example/produit")).allowed()).isTrue();
	}

	@Test
	void should_allow_a_host_the_operators_listed() {
		SsrfGuard allowing = new SsrfGuard(Set.of("127.0.0.1"), SsrfGuardTests::resolve);

		assertThat(allowing.check(URI.create("http://127.0.0.1:9000/")).allowed()).isTrue();
		assertThat(allowing.check(URI.create("http://localhost:9000/")).allowed()).isFalse();
	}

	@Test
	void should_explain_the_refusal() {
		assertThat(this.guard.check(URI.create("http://metadata.example/")).reason()).contains("link-local");
	}

}
