-- Module campaigns: what step 2 read of the customer data (counts, bad rows, columns), kept with the run
-- so the run page does not read the source again.
ALTER TABLE campaign_runs ADD COLUMN source_json TEXT;
