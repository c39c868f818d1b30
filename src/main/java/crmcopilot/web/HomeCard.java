package crmcopilot.web;

/**
 * A figure on the home dashboard, contributed by a module.
 *
 * @param titleKey message key of the title
 * @param value the figure, already formatted
 * @param detailKey message key of a short explanation
 * @param link where a click leads
 */
public record HomeCard(String titleKey, String value, String detailKey, String link) {
}
