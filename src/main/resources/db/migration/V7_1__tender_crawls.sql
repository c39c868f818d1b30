-- Public tender crawls (module opportunities): progress of each crawl and the tenders it read.
CREATE TABLE opp_tender_crawls (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    start_url VARCHAR(1000) NOT NULL,
    next_url VARCHAR(1000),
    status VARCHAR(16) NOT NULL,
    pages_read INT NOT NULL,
    imported INT NOT NULL,
    already_known INT NOT NULL,
    problems TEXT,
    attempts INT NOT NULL,
    last_error VARCHAR(1000),
    created_by VARCHAR(160) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX opp_tender_crawls_ws ON opp_tender_crawls (workspace_id, created_at);

CREATE TABLE opp_tenders (
    workspace_id UUID NOT NULL,
    tender_key VARCHAR(64) NOT NULL,
    reference VARCHAR(255) NOT NULL,
    object TEXT,
    authority VARCHAR(500),
    published DATE,
    deadline DATE,
    detail_url VARCHAR(1000),
    draft_id UUID,
    crawl_id UUID,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, tender_key)
);
CREATE INDEX opp_tenders_ws_imported ON opp_tenders (workspace_id, imported_at);
