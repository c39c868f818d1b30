package crmcopilot.ai.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.web.FormErrors;
import crmcopilot.ai.internal.AiPermissions;
import crmcopilot.ai.internal.JdbcAiCallLog;
import crmcopilot.ai.internal.UsagePeriod;
import crmcopilot.ai.internal.UsageReport;
import crmcopilot.ai.internal.WorkspaceProviders;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The AI usage page: figures per task and provider, a daily chart, the latest calls. */
@Controller
@RequestMapping("/ai/usage")
@PreAuthorize("hasAuthority('" + AiPermissions.USAGE_VIEW + "')")
class AiUsageController {

	static final String VIEW = "ai/usage";

	private static final int LATEST = 20;

	private final JdbcAiCallLog calls;

	private final WorkspaceProviders providers;

	private final JsonMapper json;

	AiUsageController(JdbcAiCallLog calls, WorkspaceProviders providers, JsonMapper json) {
		this.calls = calls;
		this.providers = providers;
		this.json = json;
	}

	@GetMapping
	String usage(Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		UsagePeriod period;
		try {
			period = UsagePeriod.of(from, to);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			period = UsagePeriod.of(null, null);
		}
		UsageReport report = this.calls.usage(caller.workspaceId(), period.from(), period.to());
		model.addAttribute("report", report);
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("provider", this.providers.forWorkspace(caller.workspaceId()));
		model.addAttribute("latest", this.calls.latest(caller.workspaceId(), LATEST));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("days", report.byDay().stream().map((day) -> day.day().toString()).toList());
		chart.put("calls", report.byDay().stream().map(UsageReport.DailyFigures::calls).toList());
		chart.put("fallbacks", report.byDay().stream().map(UsageReport.DailyFigures::fallbacks).toList());
		chart.put("p95", report.byDay().stream().map(UsageReport.DailyFigures::latencyP95Ms).toList());
		chart.put("cost", report.byDay().stream().map(UsageReport.DailyFigures::costUsd).toList());
		model.addAttribute("chart", this.json.writeValueAsString(chart));
		return VIEW;
	}

}
