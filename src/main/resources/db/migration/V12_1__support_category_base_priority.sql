-- A category's priority without urgency cues, per workspace: the shipped "questions can
-- wait" and "sensitive matters" categories keep the rule the offline engine applied to
-- them by name.
ALTER TABLE support_category ADD COLUMN base_priority VARCHAR(20);
UPDATE support_category SET base_priority = 'Basse' WHERE name IN ('Information produit', 'Autre');
UPDATE support_category SET base_priority = 'Normale' WHERE name IN ('Réclamation', 'SAV / panne');
