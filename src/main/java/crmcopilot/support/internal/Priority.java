package crmcopilot.support.internal;

import java.util.Locale;

/** Priorities of a message, in increasing order of urgency. */
public enum Priority {

	BASSE("Basse"), NORMALE("Normale"), HAUTE("Haute"), URGENTE("Urgente");

	private final String label;

	Priority(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public Priority raise() {
		return values()[Math.min(values().length - 1, ordinal() + 1)];
	}

	public boolean high() {
		return this == HAUTE || this == URGENTE;
	}

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

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
