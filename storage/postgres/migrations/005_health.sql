-- The plan's health score (0–100, package domain/health) as the portfolio lists it, taken
-- with the team's settings when the plan is saved. A plan saved before this version has none
-- (−1, shown as not scored) until its next save.
ALTER TABLE plans ADD COLUMN health integer NOT NULL DEFAULT -1;
