-- Module ai: the trained model of each per-workspace classifier, serialised, with the
-- version of the examples it was trained on, so a restart loads it instead of retraining.
CREATE TABLE ai_classifier_models (
    workspace_id UUID        NOT NULL,
    purpose      VARCHAR(80) NOT NULL,
    version      BIGINT      NOT NULL,
    format       INTEGER     NOT NULL,
    model        BYTEA       NOT NULL,
    trained_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, purpose)
);
