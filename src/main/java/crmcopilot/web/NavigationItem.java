package crmcopilot.web;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the main navigation. Modules declare them as beans; an entry is shown only
 * to callers holding {@code permission} (or to everyone signed in when it is null).
 *
 * @param labelKey message key of the label
 * @param path where it leads
 * @param order position, small first
 */
public record NavigationItem(String labelKey, String path, @Nullable String permission, int order) {
}
