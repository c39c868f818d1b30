package crmcopilot.ai;

/** A training example: a text and its label. */
public record LabelledText(String text, String label) {
}
