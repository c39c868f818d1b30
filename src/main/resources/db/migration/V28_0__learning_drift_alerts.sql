-- Drift alerts of deployed models: one row per alert (the worker raises at most one per
-- deployed run), with the figures that crossed a threshold and what retraining gave.
CREATE TABLE marketing_ai_drift_alerts (
    id                UUID PRIMARY KEY,
    workspace_id      UUID             NOT NULL,
    run_id            UUID             NOT NULL,
    model_version     VARCHAR(40)      NOT NULL,
    iso_week          VARCHAR(10)      NOT NULL,
    week_rows         INTEGER          NOT NULL,
    predicted         DOUBLE PRECISION NOT NULL,
    observed          DOUBLE PRECISION NOT NULL,
    recent_auc        DOUBLE PRECISION,
    baseline_auc      DOUBLE PRECISION,
    gap_exceeded      BOOLEAN          NOT NULL,
    auc_dropped       BOOLEAN          NOT NULL,
    retrain_run_id    UUID,
    retrain_version   VARCHAR(40),
    retrain_deployed  BOOLEAN,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX marketing_ai_drift_alerts_run ON marketing_ai_drift_alerts (workspace_id, run_id);
