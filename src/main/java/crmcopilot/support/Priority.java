package crmcopilot.support;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Priorities of a message, in increasing order of urgency. In JSON, in storage and in the
 * workspace's SLA settings a priority is written by its label ({@code Basse} ...); pages
 * show it through {@code support.priority.<key>}.
 */
public enum Priority {

	@JsonProperty("Basse")
	BASSE("Basse"),

	@JsonProperty("Normale")
	NORMALE("Normale"),

	@JsonProperty("Haute")
	HAUTE("Haute"),

	@JsonProperty("Urgente")
	URGENTE("Urgente");

	private final String label;

	Priority(String label) {
		this.label = label;
	}

	/** The stored and JSON form. */
	public String label() {
		return this.label;
	}

	public Priority raise() {
		return values()[Math.min(values().length - 1, ordinal() + 1)];
	}

	public boolean high() {
		return this == HAUTE || this == URGENTE;
	}

	/** The priority of a label or a constant's name, in any case. */
	public static Priority of(String label) {
		for (Priority priority : values()) {
			if (priority.label.equalsIgnoreCase(label) || priority.name().equalsIgnoreCase(label)) {
				return priority;
			}
		}
		throw new IllegalArgumentException("unknown priority: " + label);
	}

	public static boolean isValid(String label) {
		for (Priority priority : values()) {
			if (priority.label.equals(label)) {
				return true;
			}
		}
		return false;
	}

	/** The suffix of its message key. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
