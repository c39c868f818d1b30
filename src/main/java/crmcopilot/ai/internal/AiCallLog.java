package crmcopilot.ai.internal;

/** Where task runs are recorded. */
public interface AiCallLog {

	void record(AiCall call);

}
