-- Which model served each merchant when: one row per deploy or rollback, with the scores of
-- the candidate and of the model it replaced on the same held-out rows.
CREATE TABLE marketing_ai_deployments (
    id              UUID PRIMARY KEY,
    workspace_id    UUID             NOT NULL,
    run_id          UUID             NOT NULL,
    model_version   VARCHAR(40)      NOT NULL,
    previous_run_id UUID,
    action          VARCHAR(20)      NOT NULL,
    candidate_auc   DOUBLE PRECISION,
    deployed_auc    DOUBLE PRECISION,
    forced          BOOLEAN          NOT NULL DEFAULT FALSE,
    reason          TEXT,
    actor           VARCHAR(320)     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX marketing_ai_deployments_merchant ON marketing_ai_deployments (workspace_id, created_at);

-- the models deployed before the history existed start it
INSERT INTO marketing_ai_deployments (id, workspace_id, run_id, model_version, action, forced, actor, created_at)
SELECT id, workspace_id, id, model_version, 'deploy', FALSE, 'system', created_at
FROM marketing_ai_training_runs WHERE deployed = TRUE;
