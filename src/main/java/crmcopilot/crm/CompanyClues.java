package crmcopilot.crm;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a note, an e-mail or a document says about the company it is about: the name as
 * written, e-mail addresses and phones found with it, registry numbers and a website.
 *
 * @param registryNumbers normalised as {@code type:value}: {@code siren:552100554},
 * {@code ninea:005432187}, {@code rccm:sndkr2015b1234}
 */
public record CompanyClues(@Nullable String name, List<String> emails, List<String> phones,
		List<String> registryNumbers, @Nullable String website) {

	/** Mail providers whose domain says nothing about the sender's company. */
	public static final Set<String> FREE_MAIL = Set.of("gmail", "yahoo", "hotmail", "outlook", "live", "orange", "aol",
			"icloud", "proton", "protonmail", "gmx", "laposte", "free", "sfr", "wanadoo", "ymail", "msn");

	public CompanyClues {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		registryNumbers = List.copyOf(registryNumbers);
	}

	public static CompanyClues ofName(String name) {
		return new CompanyClues(name, List.of(), List.of(), List.of(), null);
	}

	/** The company's domain of an e-mail address ("sonatel.sn"), none for free mail. */
	public static Optional<String> companyDomain(@Nullable String email) {
		if (email == null || email.indexOf('@') < 0) {
			return Optional.empty();
		}
		return domain(email.substring(email.indexOf('@') + 1));
	}

	/** The domain of a website ("https://www.sonatel.sn/fr" → "sonatel.sn"). */
	public static Optional<String> websiteDomain(@Nullable String website) {
		if (website == null || website.isBlank()) {
			return Optional.empty();
		}
		String address = website.strip().contains("://") ? website.strip() : "http://" + website.strip();
		try {
			String host = URI.create(address).getHost();
			return (host != null) ? domain(host) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> domain(String host) {
		String domain = host.toLowerCase(Locale.ROOT).strip().replaceFirst("^www\\.", "");
		String provider = domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain;
		if (!domain.contains(".") || FREE_MAIL.contains(provider)) {
			return Optional.empty();
		}
		return Optional.of(domain);
	}

}
