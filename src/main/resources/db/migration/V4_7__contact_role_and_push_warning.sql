-- The contact's role on an opportunity (Salesforce OpportunityContactRole.Role), and a
-- warning kept with a Salesforce push that succeeded with a caveat (currency not sent).
ALTER TABLE crm_opportunities ADD COLUMN contact_role VARCHAR(80);
ALTER TABLE sf_outbox ADD COLUMN warning VARCHAR(1000);
