package crmcopilot.opportunities.internal;

/** A value found at a place of the text, with a confidence. */
record ExtractedSpan(String value, int start, int end, double confidence) {
}
