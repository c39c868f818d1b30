/**
 * Offline engine parts: language detection, the trainable text classifier and its
 * per-workspace store, sentence embeddings, extractive summaries and urgency cues.
 */
@NullMarked
package crmcopilot.ai.offline;

import org.jspecify.annotations.NullMarked;
