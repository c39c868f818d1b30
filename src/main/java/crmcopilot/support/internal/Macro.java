package crmcopilot.support.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A canned reply: the text between greeting and signature, with placeholders
 * ({@link MacroText#PLACEHOLDERS}) filled from the ticket.
 *
 * @param categorie the category it is meant for, or null for any
 * @param holding the engine's holding reply for its category and language (what happens
 * next, said after the acknowledgement of the customer's message)
 */
public record Macro(UUID id, String title, String body, String language, @Nullable String categorie, boolean holding) {

}
