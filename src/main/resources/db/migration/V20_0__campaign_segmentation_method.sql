-- Module campaigns: how a run's customers are segmented at step 4 (kmeans or rfm), chosen per campaign.
ALTER TABLE campaign_runs ADD COLUMN segmentation VARCHAR(20) DEFAULT 'kmeans' NOT NULL;
