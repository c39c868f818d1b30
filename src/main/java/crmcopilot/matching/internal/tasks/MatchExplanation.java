package crmcopilot.matching.internal.tasks;

import java.util.List;

/**
 * The client-facing explanation of a match.
 *
 * @param headline one sentence
 * @param reasons one sentence per breakdown fact used, strongest first
 * @param facts the breakdown facts cited, as {@code component:value} (e.g.
 * {@code style:boheme}, {@code budget:150})
 */
public record MatchExplanation(String headline, List<String> reasons, List<String> facts) {

}
