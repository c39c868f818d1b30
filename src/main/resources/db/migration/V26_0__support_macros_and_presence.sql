-- Macros: canned replies agents insert in one click; those marked holding give the
-- engine its holding reply for their category and language
CREATE TABLE support_macro (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    language VARCHAR(8) NOT NULL,
    categorie VARCHAR(100),
    holding BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_macro_ws ON support_macro (workspace_id, language);
-- one row a workspace once its default macros were given: deleting them all keeps them deleted
CREATE TABLE support_macro_seed (
    workspace_id UUID PRIMARY KEY,
    seeded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who has a ticket open, and since when they last typed in its reply box; rows older
-- than a few seconds mean nothing (every instance reads the same table)
CREATE TABLE support_presence (
    workspace_id UUID NOT NULL,
    ticket_id UUID NOT NULL,
    actor VARCHAR(320) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    writing_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (workspace_id, ticket_id, actor)
);
CREATE INDEX support_presence_seen ON support_presence (seen_at);
