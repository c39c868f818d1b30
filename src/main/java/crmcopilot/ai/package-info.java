/**
 * The AI gateway and the offline engine parts every copilot relies on: tasks with typed
 * results answered by an LLM provider when one is configured and by an offline engine
 * always; language detection, a trainable text classifier, sentence embeddings, an
 * extractive summariser, PII redaction and urgency cues.
 */
@ApplicationModule(allowedDependencies = { "audit", "shared", "web", "workspace" })
@NullMarked
package crmcopilot.ai;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
