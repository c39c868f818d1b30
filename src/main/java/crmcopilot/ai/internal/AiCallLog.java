package crmcopilot.ai.internal;

/** Where task runs are recorded. */
interface AiCallLog {

	void record(AiCall call);

}
