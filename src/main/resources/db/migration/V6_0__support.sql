-- Support copilot: threads, messages (with their triage), tickets, categories,
-- knowledge base, outbox of outgoing mail and webhook calls, agent corrections.

CREATE TABLE support_thread (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    channel VARCHAR(20) NOT NULL,
    customer VARCHAR(320) NOT NULL,
    subject VARCHAR(500),
    callback_url VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_message_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_thread_ws ON support_thread (workspace_id, last_message_at);

CREATE TABLE support_message (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    thread_id UUID NOT NULL,
    direction VARCHAR(3) NOT NULL,
    channel VARCHAR(20) NOT NULL,
    sender VARCHAR(320) NOT NULL,
    subject VARCHAR(500),
    body TEXT NOT NULL,
    raw_body TEXT,
    language VARCHAR(8) NOT NULL,
    external_id VARCHAR(500),
    in_reply_to VARCHAR(500),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    metadata TEXT,
    attachments TEXT,
    author VARCHAR(320),
    categorie VARCHAR(100),
    priorite VARCHAR(20),
    action VARCHAR(20),
    confidence DOUBLE PRECISION,
    triage TEXT,
    triage_engine VARCHAR(40),
    triaged_at TIMESTAMP WITH TIME ZONE,
    answered_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_message_external UNIQUE (workspace_id, external_id)
);
CREATE INDEX support_message_thread ON support_message (workspace_id, thread_id, received_at);
CREATE INDEX support_message_received ON support_message (workspace_id, received_at);

CREATE TABLE support_ticket (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    thread_id UUID NOT NULL,
    message_id UUID NOT NULL,
    status VARCHAR(20) NOT NULL,
    assignee VARCHAR(320),
    categorie VARCHAR(100) NOT NULL,
    priorite VARCHAR(20) NOT NULL,
    channel VARCHAR(20) NOT NULL,
    customer VARCHAR(320) NOT NULL,
    subject VARCHAR(500),
    reason VARCHAR(500),
    sla_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_at TIMESTAMP WITH TIME ZONE,
    resolved_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_ticket_ws ON support_ticket (workspace_id, status, created_at);
CREATE INDEX support_ticket_thread ON support_ticket (workspace_id, thread_id);

CREATE TABLE support_category (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    description VARCHAR(1000),
    auto_allowed BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT support_category_name UNIQUE (workspace_id, name)
);

CREATE TABLE support_article (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    kind VARCHAR(10) NOT NULL,
    title VARCHAR(300) NOT NULL,
    body TEXT NOT NULL,
    language VARCHAR(8) NOT NULL,
    categorie VARCHAR(100),
    keywords VARCHAR(1000),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_article_ws ON support_article (workspace_id);

CREATE TABLE support_outbox (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    kind VARCHAR(10) NOT NULL,
    target VARCHAR(1000) NOT NULL,
    subject VARCHAR(500),
    body TEXT NOT NULL,
    headers TEXT,
    message_id UUID,
    status VARCHAR(10) NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX support_outbox_due ON support_outbox (status, next_attempt_at);

CREATE TABLE support_correction (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    message_id UUID NOT NULL,
    field VARCHAR(20) NOT NULL,
    old_value TEXT,
    new_value TEXT,
    actor VARCHAR(320) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_correction_ws ON support_correction (workspace_id, created_at);
