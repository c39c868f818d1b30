package crmcopilot.campaigns.internal;

/**
 * The prose of a persona (AI task {@code describe-persona}).
 *
 * @param name a short persona name
 * @param summary the résumé textuel: two factual sentences
 * @param description the résumé descriptif: who they are, what they buy, how to talk to
 * them
 */
public record PersonaText(String name, String summary, String description) {
}
