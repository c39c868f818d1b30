package crmcopilot.support.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.SupportKpis;
import crmcopilot.support.internal.satisfaction.SatisfactionKpis;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** KPIs of the support copilot over a date range, as charts and as CSV. */
@Controller
@RequestMapping("/support/dashboard")
@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
class DashboardController {

	static final String VIEW = "support/dashboard";

	private final SupportKpis kpis;

	private final JsonMapper json;

	private final SatisfactionKpis satisfaction;

	private final MessageSource messages;

	DashboardController(SupportKpis kpis, JsonMapper json, SatisfactionKpis satisfaction, MessageSource messages) {
		this.messages = messages;
		this.kpis = kpis;
		this.json = json;
		this.satisfaction = satisfaction;
	}

	@GetMapping
	String dashboard(Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model, Locale locale) {
		SupportKpis.Kpis figures = compute(caller, from, to);
		model.addAttribute("kpis", figures);
		model.addAttribute("chartData",
				this.json.writeValueAsString(chartData(figures,
						(channel) -> this.messages.getMessage("support.channel." + channel, null, channel, locale),
						DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "MM/dd" : "dd/MM", locale))));
		model.addAttribute("satisfaction",
				this.satisfaction.compute(caller.workspaceId(), figures.from(), figures.to()));
		return VIEW;
	}

	@GetMapping("/export.csv")
	void export(Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		SupportKpis.Kpis figures = compute(caller, from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition",
				"attachment; filename=\"support-kpis-" + figures.from() + "-" + figures.to() + ".csv\"");
		Writer writer = response.getWriter();
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("kind", "day", "key", "value");
			csv.printRecord("total", "", "messages", figures.messages());
			csv.printRecord("total", "", "auto", figures.auto());
			csv.printRecord("total", "", "escalade", figures.escalade());
			csv.printRecord("total", "", "auto_share", figures.autoShare());
			csv.printRecord("total", "", "average_handling_minutes", value(figures.averageHandlingMinutes()));
			csv.printRecord("total", "", "p90_handling_minutes", value(figures.p90HandlingMinutes()));
			csv.printRecord("total", "", "sla_breaches", figures.slaBreaches());
			csv.printRecord("total", "", "backlog", figures.backlog());
			csv.printRecord("total", "", "ai_accuracy", value(figures.aiAccuracy()));
			csv.printRecord("total", "", "time_saved_minutes", figures.timeSavedMinutes());
			for (SupportKpis.DayCount count : figures.byDayAndChannel()) {
				csv.printRecord("channel", count.day(), count.key(), count.count());
			}
			for (SupportKpis.DayCount count : figures.byDayAndCategory()) {
				csv.printRecord("category", count.day(), count.key(), count.count());
			}
		}
	}

	private SupportKpis.Kpis compute(Caller caller, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = (to != null) ? to : this.kpis.today(caller.workspaceId());
		LocalDate start = (from != null) ? from : end.minusDays(29);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "must not be after 'to'");
		}
		return this.kpis.compute(caller.workspaceId(), start, end);
	}

	private static String value(@Nullable Double value) {
		return (value != null) ? value.toString() : "";
	}

	/**
	 * @param channelName a channel's name for the reader
	 * @param dayFormat the days of the axis as the reader writes them
	 */
	private static Map<String, Object> chartData(SupportKpis.Kpis kpis, UnaryOperator<String> channelName,
			DateTimeFormatter dayFormat) {
		TreeSet<LocalDate> days = new TreeSet<>();
		for (LocalDate day = kpis.from(); !day.isAfter(kpis.to()); day = day.plusDays(1)) {
			days.add(day);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("days", days.stream().map(dayFormat::format).toList());
		Map<String, long[]> channels = new java.util.TreeMap<>();
		series(kpis.byDayAndChannel(), days)
			.forEach((channel, counts) -> channels.put(channelName.apply(channel), counts));
		data.put("channels", channels);
		data.put("categories", series(kpis.byDayAndCategory(), days));
		data.put("auto", kpis.auto());
		data.put("escalade", kpis.escalade());
		return data;
	}

	private static Map<String, long[]> series(Iterable<SupportKpis.DayCount> counts, TreeSet<LocalDate> days) {
		java.util.List<LocalDate> index = new java.util.ArrayList<>(days);
		Map<String, long[]> series = new java.util.TreeMap<>();
		for (SupportKpis.DayCount count : counts) {
			int position = index.indexOf(count.day());
			if (position >= 0) {
				series.computeIfAbsent(count.key(), (key) -> new long[index.size()])[position] = count.count();
			}
		}
		return series;
	}

}
