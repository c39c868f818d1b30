-- The open opportunity a draft is about (JSON, null when none) and whether approving updated it.
ALTER TABLE opp_drafts ADD COLUMN opportunity_match TEXT;
ALTER TABLE opp_drafts ADD COLUMN opportunity_updated BOOLEAN DEFAULT FALSE NOT NULL;
