package crmcopilot.matching;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking through the API: shoppers with weekly hours, clients with preferred windows,
 * one batch that chooses the shopper and the appointment together.
 */
@CopilotIntegrationTest
class BookingApiIntegrationTests {

	private static final String JSON = "application/json";

	private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	JsonMapper json;

	@Autowired
	BookingStore bookings;

	@Test
	void should_book_every_appointment_inside_both_windows_without_double_booking() {
		// given 6 shoppers who each work three days a week, 24 clients with windows next
		// week
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier agenda");
		ZoneId zone = ws.timeZone();
		String manager = this.accounts
			.issueToken(TestWorkspaces.admin(ws, this.permissions.of(Role.ADMIN)), "manager", Role.MANAGER, null)
			.value();
		TestSession api = TestSession.anonymous(this.port);
		Map<String, List<String[]>> hoursOf = new HashMap<>();
		for (int s = 0; s < 6; s++) {
			List<String[]> hours = List.of(new String[] { WEEK.get(s % 5).name(), "10:00", "16:00" },
					new String[] { WEEK.get((s + 2) % 5).name(), "10:00", "16:00" },
					new String[] { WEEK.get((s + 4) % 5).name(), "13:00", "19:00" });
			StringBuilder windows = new StringBuilder();
			for (String[] h : hours) {
				windows.append((windows.isEmpty()) ? "" : ",")
					.append("{\"day\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(h[0], h[1], h[2]));
			}
			HttpResponse<String> created = call(api, "POST", "/api/v1/matching/shoppers", manager, """
					{"name":"Shopper %d","email":"shopper%d@example.com","city":"Paris","modes":["presentiel","visio"],
					 "styles":["bohème"],"priceMin":20,"priceMax":300,"goals":["mariage"],"languages":["fr"],
					 "capacity":5,"availability":[%s,"samedi"],"sessionMinutes":90,
					 "timeOff":[{"from":"2020-01-01","to":"2020-01-02"}]}""".formatted(s, s, windows));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			JsonNode shopper = read(created);
			assertThat(shopper.get("availability").size()).isEqualTo(3);
			assertThat(shopper.get("availability").get(0).get("start").asString()).isEqualTo("10:00");
			assertThat(shopper.get("availabilityTags").get(0).asString()).isEqualTo("samedi");
			assertThat(shopper.get("sessionMinutes").asInt()).isEqualTo(90);
			hoursOf.put(shopper.get("id").asString(), hours);
		}
		LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Map<String, String[]> windowOf = new HashMap<>();
		for (int c = 0; c < 24; c++) {
			LocalDate date = monday.plusDays(c % 5);
			String[] window = (c % 2 == 0) ? new String[] { date.toString(), "09:00", "13:00" }
					: new String[] { date.toString(), "12:30", "18:00" };
			HttpResponse<String> created = call(api, "POST", "/api/v1/matching/clients", manager, """
					{"name":"Client %d","email":"client%d@example.com","city":"Paris","mode":"peu-importe",
					 "styles":["bohème"],"budget":100,"goals":["mariage"],"language":"fr","consent":true,
					 "preferredSlots":[{"date":"%s","start":"%s","end":"%s"}]}""".formatted(c, c, window[0], window[1],
					window[2]));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			windowOf.put(read(created).get("request").get("id").asString(), window);
		}

		// when
		JsonNode batch = read(call(api, "POST", "/api/v1/matching/assignments/batch", manager, "{}"));

		// then
		assertThat(batch.get("optimalityGap").asDouble()).isLessThan(1e-6);
		assertThat(batch.get("assigned").asInt() + batch.get("unassigned").asInt()).isEqualTo(24);
		assertThat(batch.get("assigned").asInt()).isGreaterThanOrEqualTo(20);
		Set<String> taken = new HashSet<>();
		for (JsonNode placement : batch.get("placements")) {
			JsonNode appointment = placement.get("appointment");
			String shopperId = placement.get("shopperId").asString();
			assertThat(appointment.get("shopperId").asString()).isEqualTo(shopperId);
			LocalDateTime start = OffsetDateTime.parse(appointment.get("start").asString())
				.atZoneSameInstant(zone)
				.toLocalDateTime();
			LocalDateTime end = OffsetDateTime.parse(appointment.get("end").asString())
				.atZoneSameInstant(zone)
				.toLocalDateTime();
			assertThat(end).isEqualTo(start.plusMinutes(90));
			assertThat(taken.add(shopperId + start)).as("double booking").isTrue();
			String[] window = windowOf.get(placement.get("clientId").asString());
			assertThat(start.toLocalDate()).isEqualTo(LocalDate.parse(window[0]));
			assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.parse(window[1]));
			assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.parse(window[2]));
			assertThat(hoursOf.get(shopperId)).anySatisfy((h) -> {
				assertThat(start.getDayOfWeek().name()).isEqualTo(h[0]);
				assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.parse(h[1]));
				assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.parse(h[2]));
			});
		}
		// no shopper has two sessions at once, no client is placed twice, and what the
		// batch answered is what was stored
		Map<String, List<LocalDateTime[]>> sessionsOf = new HashMap<>();
		Set<String> placedClients = new HashSet<>();
		for (JsonNode placement : batch.get("placements")) {
			assertThat(placedClients.add(placement.get("clientId").asString())).as("client placed twice").isTrue();
			sessionsOf.computeIfAbsent(placement.get("shopperId").asString(), (k) -> new ArrayList<>())
				.add(new LocalDateTime[] {
						OffsetDateTime.parse(placement.get("appointment").get("start").asString())
							.atZoneSameInstant(zone)
							.toLocalDateTime(),
						OffsetDateTime.parse(placement.get("appointment").get("end").asString())
							.atZoneSameInstant(zone)
							.toLocalDateTime() });
		}
		sessionsOf.values().forEach((sessions) -> {
			sessions.sort(Comparator.comparing((LocalDateTime[] session) -> session[0]));
			for (int i = 1; i < sessions.size(); i++) {
				assertThat(sessions.get(i)[0]).as("overlapping sessions").isAfterOrEqualTo(sessions.get(i - 1)[1]);
			}
		});
		List<Appointment> stored = this.bookings.appointments(ws.id());
		assertThat(stored).hasSize(batch.get("placements").size());
		for (JsonNode left : batch.get("leftOut")) {
			assertThat(left.get("reason").asString()).isIn("SHOPPERS_FULL", "SLOTS_TAKEN", "NO_COMMON_SLOT");
		}
		JsonNode placed = batch.get("placements").get(0);
		JsonNode one = read(
				call(api, "GET", "/api/v1/matching/clients/" + placed.get("clientId").asString(), manager, null));
		assertThat(one.get("shopperId").asString()).isEqualTo(placed.get("shopperId").asString());
		assertThat(one.get("preferredSlots").get(0).get("date").asString())
			.isEqualTo(windowOf.get(placed.get("clientId").asString())[0]);
		assertThat(one.get("appointment").get("start").asString())
			.isEqualTo(placed.get("appointment").get("start").asString());

		// every shopper's calendar holds exactly their appointments
		for (String shopperId : hoursOf.keySet()) {
			HttpResponse<String> ics = calendar(api, shopperId, manager);
			assertThat(ics.statusCode()).isEqualTo(200);
			assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
			Set<String> expected = new HashSet<>();
			for (JsonNode placement : batch.get("placements")) {
				if (placement.get("shopperId").asString().equals(shopperId)) {
					expected.add("DTSTART;TZID=" + zone.getId() + ":"
							+ OffsetDateTime.parse(placement.get("appointment").get("start").asString())
								.atZoneSameInstant(zone)
								.toLocalDateTime()
								.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
				}
			}
			List<String> starts = ics.body().lines().filter((l) -> l.startsWith("DTSTART;TZID=")).toList();
			assertThat(starts).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(ics.body().split("BEGIN:VEVENT", -1)).hasSize(expected.size() + 1);
			List<String> uids = stored.stream()
				.filter((a) -> a.shopperId().toString().equals(shopperId))
				.map((a) -> "UID:" + a.id() + "@crm-copilot")
				.toList();
			assertThat(ics.body().lines().filter((l) -> l.startsWith("UID:")).toList())
				.containsExactlyInAnyOrderElementsOf(uids)
				.hasSize(expected.size());
			assertThat(calendar(api, shopperId, manager).body().lines().filter((l) -> l.startsWith("UID:")).toList())
				.as("stable UIDs")
				.containsExactlyInAnyOrderElementsOf(uids);
			assertThat(ics.body()).contains("BEGIN:VTIMEZONE\r\nTZID:" + zone.getId()).endsWith("END:VCALENDAR\r\n");
		}

		// a secret subscription address reads the same feed without signing in, until
		// revoked
		String someone = hoursOf.keySet().iterator().next();
		HttpResponse<String> subscribed = call(api, "POST",
				"/api/v1/matching/shoppers/" + someone + "/calendar-subscription", manager, "");
		assertThat(subscribed.statusCode()).isEqualTo(201);
		String url = read(subscribed).get("url").asString();
		String path = url.substring(url.indexOf("/public/"));
		HttpResponse<String> feed = TestSession.anonymous(this.port).get(path);
		assertThat(feed.statusCode()).isEqualTo(200);
		String viaApi = calendar(api, someone, manager).body();
		assertThat(withoutStamp(feed.body())).isEqualTo(withoutStamp(viaApi));
		assertThat(call(api, "DELETE", "/api/v1/matching/shoppers/" + someone + "/calendar-subscription", manager, null)
			.statusCode()).isEqualTo(204);
		assertThat(TestSession.anonymous(this.port).get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void should_refuse_a_window_that_ends_before_it_starts_naming_the_field() {
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier fenêtres");
		String manager = this.accounts
			.issueToken(TestWorkspaces.admin(ws, this.permissions.of(Role.ADMIN)), "manager", Role.MANAGER, null)
			.value();
		TestSession api = TestSession.anonymous(this.port);
		HttpResponse<String> shopper = call(api, "POST", "/api/v1/matching/shoppers", manager, """
				{"name":"Léa","email":"lea@example.com","city":"Paris","modes":["visio"],"priceMin":20,"priceMax":300,
				 "capacity":5,"availability":[{"day":"MONDAY","start":"16:00","end":"10:00"}]}""");
		assertThat(shopper.statusCode()).isEqualTo(400);
		assertThat(read(shopper).get("field").asString()).isEqualTo("availability[0].end");
		HttpResponse<String> client = call(api, "POST", "/api/v1/matching/clients", manager, """
				{"name":"Inès","email":"ines@example.com","city":"Paris","styles":["bohème"],"budget":100,
				 "consent":true,"preferredSlots":[{"date":"demain","start":"10:00","end":"12:00"}]}""");
		assertThat(client.statusCode()).isEqualTo(400);
		assertThat(read(client).get("field").asString()).isEqualTo("preferredSlots[0].date");
	}

	@Test
	void should_store_the_windows_typed_on_the_public_form_and_refuse_an_incomplete_one() {
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier formulaire");
		TestSession visitor = TestSession.anonymous(this.port);
		visitor.get("/public/matching/" + ws.slug());
		Map<String, String> fields = new java.util.LinkedHashMap<>(
				Map.of("name", "Fatou Ndiaye", "email", "fatou@example.com", "city", "Paris", "mode", "visio", "styles",
						"bohème", "budget", "120", "language", "fr", "consent", "true"));
		fields.put("windowDates[0]", "2030-03-04");
		fields.put("windowStarts[0]", "10:00");
		fields.put("windowEnds[0]", "");
		HttpResponse<String> incomplete = visitor.submit("/public/matching/" + ws.slug(), fields);
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("Chaque créneau demande une date");
		assertThat(this.bookings.windows(ws.id())).isEmpty();
		fields.put("windowEnds[0]", "12:30");
		fields.put("windowDates[1]", "2030-03-06");
		fields.put("windowStarts[1]", "14:00");
		fields.put("windowEnds[1]", "18:00");
		assertThat(visitor.submit("/public/matching/" + ws.slug(), fields).statusCode()).isEqualTo(302);
		assertThat(this.bookings.windows(ws.id()).values()).singleElement()
			.isEqualTo(List.of(new PreferredSlot(LocalDate.of(2030, 3, 4), LocalTime.of(10, 0), LocalTime.of(12, 30)),
					new PreferredSlot(LocalDate.of(2030, 3, 6), LocalTime.of(14, 0), LocalTime.of(18, 0))));
	}

	@Test
	void should_refuse_non_finite_numbers_naming_the_field_and_ignore_nulls_in_lists() {
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier nombres");
		String manager = this.accounts
			.issueToken(TestWorkspaces.admin(ws, this.permissions.of(Role.ADMIN)), "manager", Role.MANAGER, null)
			.value();
		TestSession api = TestSession.anonymous(this.port);
		String shopper = """
				{"name":"Léa","email":"lea@example.com","city":"Paris","modes":["visio"],"priceMin":20,"priceMax":300,
				 "capacity":5,"styles":["bohème",null],"tags":[null],"latitude":%s}""";
		HttpResponse<String> huge = call(api, "POST", "/api/v1/matching/shoppers", manager, shopper.formatted("1e400"));
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(read(huge).get("field").asString()).isEqualTo("latitude");
		HttpResponse<String> travel = call(api, "POST", "/api/v1/matching/shoppers", manager,
				shopper.formatted("48.8").replace("\"capacity\"", "\"travelKm\":-1e999,\"capacity\""));
		assertThat(read(travel).get("field").asString()).isEqualTo("travelKm");
		assertThat(call(api, "POST", "/api/v1/matching/shoppers", manager, shopper.formatted("48.8")).statusCode())
			.isEqualTo(201);
		String client = """
				{"name":"Inès","email":"ines@example.com","city":"Paris","styles":["bohème",null],"goals":[null],
				 "budget":%s,"consent":true}""";
		HttpResponse<String> budget = call(api, "POST", "/api/v1/matching/clients", manager, client.formatted("1e400"));
		assertThat(budget.statusCode()).isEqualTo(400);
		assertThat(read(budget).get("field").asString()).isEqualTo("budget");
		assertThat(call(api, "POST", "/api/v1/matching/clients", manager, client.formatted("100")).statusCode())
			.isEqualTo(201);
	}

	private static HttpResponse<String> calendar(TestSession api, String shopperId, String token) {
		return api.send("GET", "/api/v1/matching/shoppers/" + shopperId + "/calendar.ics", JSON, "", "Authorization",
				"Bearer " + token, "Accept", "text/calendar");
	}

	private static String withoutStamp(String ics) {
		return ics.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "");
	}

	private static HttpResponse<String> call(TestSession api, String method, String path, String token, String body) {
		return api.send(method, path, JSON, (body != null) ? body : "", "Authorization", "Bearer " + token, "Accept",
				"application/json, application/problem+json");
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
