-- Module workspace: the merchant's logo shown on its public forms (raster image, checked on upload).
CREATE TABLE workspace_logos (
    workspace_id    UUID          NOT NULL PRIMARY KEY,
    content_type    VARCHAR(40)   NOT NULL,
    content         BYTEA         NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
