-- Module campaigns: the segment of each customer, kept apart from the analysis so the run page does not
-- read one id and one label per customer on every view (runs analysed before keep them in analysis_json).
ALTER TABLE campaign_runs ADD COLUMN assignments_json TEXT;
