-- Module campaigns: transmissions of step 9's targeting to a DSP line item (left inactive).
CREATE TABLE campaign_transmissions (
    id              UUID PRIMARY KEY,
    workspace_id    UUID          NOT NULL,
    run_id          UUID          NOT NULL,
    platform        VARCHAR(60)   NOT NULL,
    advertiser_id   VARCHAR(20)   NOT NULL,
    line_item_id    VARCHAR(20)   NOT NULL,
    ok              BOOLEAN       NOT NULL,
    entity_status   VARCHAR(60),
    created_json    TEXT,
    error           TEXT,
    created_by      VARCHAR(254)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaign_transmissions_run ON campaign_transmissions (workspace_id, run_id, created_at);
