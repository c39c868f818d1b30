package crmcopilot.matching.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.Vocabulary;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.shared.InputLimits;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shopper profiles: list and search, read, create, update, delete (managers). */
@RestController
@RequestMapping("/api/v1/matching/shoppers")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
@Tag(name = "matching", description = "Personal-shopping copilot: shoppers, clients, matches and assignments")
class ShopperApiController {

	private final MatchingService matching;

	private final BookingStore bookings;

	ShopperApiController(MatchingService matching, BookingStore bookings) {
		this.matching = matching;
		this.bookings = bookings;
	}

	@GetMapping
	@Operation(summary = "List shopper profiles by name; q searches name, city, styles and specialties")
	PageResponse<ShopperView> list(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageQuery query = PageQuery.of(page, size);
		String needle = (q == null || q.isBlank()) ? null : Vocabulary.normalise(q);
		Map<UUID, ShopperHours> hours = this.bookings.hours(caller.workspaceId());
		List<ShopperView> found = this.matching.shoppers(caller.workspaceId())
			.stream()
			.filter((s) -> needle == null || matches(s, needle))
			.map((s) -> ShopperView.of(s, hours.getOrDefault(s.id(), ShopperHours.NONE)))
			.toList();
		return ApiPages.page(found, query);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One shopper profile with their weekly availability, days off and session length")
	ShopperView get(Caller caller, @PathVariable UUID id) {
		ShopperProfile shopper = this.matching.shopper(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("shopper"));
		return ShopperView.of(shopper, this.bookings.hours(caller.workspaceId(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a shopper profile; availability lists weekly windows {day, start, end} "
			+ "(the tags of earlier versions are still accepted)")
	@Transactional
	ShopperView create(Caller caller, @Valid @RequestBody ShopperInput input) {
		return save(caller, UUID.randomUUID(), input);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a shopper profile")
	@Transactional
	ShopperView update(Caller caller, @PathVariable UUID id, @Valid @RequestBody ShopperInput input) {
		get(caller, id);
		return save(caller, id, input);
	}

	private ShopperView save(Caller caller, UUID id, ShopperInput input) {
		ShopperProfile shopper = input.toProfile(id);
		ShopperHours hours = input.hours();
		this.matching.saveShopper(caller.workspaceId(), shopper);
		this.bookings.saveHours(caller.workspaceId(), id, hours);
		return get(caller, id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a shopper profile; their clients go back to the pending list")
	void delete(Caller caller, @PathVariable UUID id) {
		if (!this.matching.deleteShopper(caller.workspaceId(), id)) {
			throw new NotFoundException("shopper");
		}
	}

	private static boolean matches(ShopperProfile s, String needle) {
		return Vocabulary.normalise(s.name()).contains(needle) || Vocabulary.normalise(s.city()).contains(needle)
				|| s.styles().contains(needle)
				|| s.tags().stream().anyMatch((t) -> Vocabulary.normalise(t).contains(needle));
	}

	/** A shopper profile as sent; lists are normalised (lower case, no accents). */
	record ShopperInput(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
			@NotBlank @Size(max = 120) String city, @Nullable Double latitude, @Nullable Double longitude,
			@NotEmpty Set<@Nullable String> modes, @Nullable Set<String> styles,
			@NotNull @PositiveOrZero Double priceMin, @NotNull @PositiveOrZero Double priceMax,
			@Nullable Set<String> goals, @Nullable Set<String> lifeMoments, @Nullable Set<String> morphologies,
			@Nullable Set<String> languages, @Nullable Set<String> tags, @NotNull @Min(0) @Max(1000) Integer capacity,
			@Nullable List<@Nullable Object> availability, @Nullable @Size(max = 500) String photoUrl,
			@Nullable @Size(max = 5000) String description, @Nullable @PositiveOrZero Double travelKm,
			@Nullable List<BookingJson.@Nullable DaysOff> timeOff,
			@Nullable @Min(15) @Max(600) Integer sessionMinutes) {

		ShopperHours hours() {
			return new ShopperHours(BookingJson.windows(this.availability, new LinkedHashSet<>()),
					BookingJson.timeOff(this.timeOff),
					(this.sessionMinutes != null) ? this.sessionMinutes : ShopperHours.DEFAULT_SESSION_MINUTES);
		}

		ShopperProfile toProfile(UUID id) {
			if (this.priceMax < this.priceMin) {
				throw new InvalidInputException("priceMax", "must be at least priceMin");
			}
			Set<Mode> parsed = new LinkedHashSet<>();
			for (String mode : this.modes) {
				if (mode == null) {
					throw new InvalidInputException("modes", "matching.shopper.error.modes", new Object[0],
							"must not hold null");
				}
				try {
					Mode value = Mode.parse(mode);
					if (value == Mode.ANY) {
						parsed.add(Mode.IN_PERSON);
						parsed.add(Mode.REMOTE);
					}
					else {
						parsed.add(value);
					}
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInputException("modes", ex.getMessage());
				}
			}
			return new ShopperProfile(id, this.name.trim(), this.email.trim().toLowerCase(Locale.ROOT),
					this.city.trim(), this.latitude, this.longitude, parsed, or(this.styles), this.priceMin,
					this.priceMax, or(this.goals), or(this.lifeMoments), or(this.morphologies),
					(this.languages == null || this.languages.isEmpty()) ? Set.of("fr") : this.languages, or(this.tags),
					this.capacity, BookingJson.tags(this.availability), InputLimits.httpUrl("photoUrl", this.photoUrl),
					(this.description != null) ? this.description : "", (this.travelKm != null) ? this.travelKm : 20);
		}

		private static Set<String> or(@Nullable Set<String> values) {
			return (values != null) ? values : Set.of();
		}

	}

	/**
	 * A shopper profile with its working hours: {@code availability} lists the weekly
	 * windows, {@code availabilityTags} the tags of earlier versions.
	 */
	record ShopperView(@JsonUnwrapped @JsonIgnoreProperties("availability") ShopperProfile profile,
			List<String> availabilityTags, List<BookingJson.Window> availability, List<BookingJson.DaysOff> timeOff,
			int sessionMinutes) {

		static ShopperView of(ShopperProfile shopper, ShopperHours hours) {
			return new ShopperView(shopper, List.copyOf(shopper.availability()),
					hours.weekly().stream().map(BookingJson.Window::of).toList(),
					hours.timeOff().stream().map(BookingJson.DaysOff::of).toList(), hours.sessionMinutes());
		}

	}

}
