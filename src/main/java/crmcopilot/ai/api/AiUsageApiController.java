package crmcopilot.ai.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.internal.AiPermissions;
import crmcopilot.ai.internal.JdbcAiCallLog;
import crmcopilot.ai.internal.UsagePeriod;
import crmcopilot.ai.internal.UsageReport;
import crmcopilot.workspace.Caller;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** AI usage of the caller's workspace, the same figures as the usage page. */
@RestController
@RequestMapping("/api/v1/ai")
class AiUsageApiController {

	private final JdbcAiCallLog calls;

	AiUsageApiController(JdbcAiCallLog calls) {
		this.calls = calls;
	}

	/**
	 * Calls, latency p50/p95, tokens, cost and fallback rate per task and provider, and
	 * per day, between {@code from} and {@code to} (inclusive, UTC; default the last 30
	 * days).
	 */
	@GetMapping("/usage")
	@PreAuthorize("hasAuthority('" + AiPermissions.USAGE_VIEW + "')")
	UsageReport usage(Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		UsagePeriod period = UsagePeriod.of(from, to);
		return this.calls.usage(caller.workspaceId(), period.from(), period.to());
	}

}
