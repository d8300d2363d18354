-- Each claim's field-level basis: which rule set each field ("date=clause;perpetrator=by-phrase").
-- Claims stored before this migration keep an empty basis: their fields said no rule.
ALTER TABLE claims ADD COLUMN provenance_basis TEXT NOT NULL DEFAULT '';
