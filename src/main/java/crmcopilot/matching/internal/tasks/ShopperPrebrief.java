package crmcopilot.matching.internal.tasks;

import java.util.List;

/** What a shopper reads before a session with a client. */
public record ShopperPrebrief(String summary, List<String> goals, String styleAndBudget, String morphologyAdvice,
		List<String> questions, List<String> sessionPlan, List<String> itemsToPrepare) {

}
