CREATE TABLE matching_vocabulary (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    sort_order INTEGER NOT NULL,
    label VARCHAR(120) NOT NULL
);
CREATE INDEX matching_vocabulary_workspace ON matching_vocabulary (workspace_id, kind, sort_order);
