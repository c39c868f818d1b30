-- Module ai: labelled examples of the per-workspace offline classifiers, and one row per
-- classifier whose version changes with every batch of examples (cache invalidation
-- across server instances).
CREATE TABLE ai_classifier_examples (
    id            UUID PRIMARY KEY,
    workspace_id  UUID         NOT NULL,
    purpose       VARCHAR(80)  NOT NULL,
    example_text  TEXT         NOT NULL,
    example_label VARCHAR(120) NOT NULL,
    source        VARCHAR(80)  NOT NULL,
    version       BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ai_classifier_examples_purpose ON ai_classifier_examples (workspace_id, purpose, version, position);

CREATE TABLE ai_classifiers (
    workspace_id  UUID        NOT NULL,
    purpose       VARCHAR(80) NOT NULL,
    version       BIGINT      NOT NULL,
    example_count BIGINT      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, purpose)
);
