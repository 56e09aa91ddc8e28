-- When each plan's next review is due (package domain/review's Next: its latest review plus
-- its cadence), kept on every save so that the home lists the reviews due from the
-- portfolio's one query; '' while no review is recorded or the cadence is ad hoc. Plans
-- saved before are given theirs here. A month is added as Go's AddDate adds it (a day the
-- month lacks rolls over into the next): to the month's first day, then the day's offset.
ALTER TABLE plans ADD COLUMN IF NOT EXISTS next_review text NOT NULL DEFAULT '';
UPDATE plans SET next_review = coalesce((
    SELECT to_char(CASE doc->>'review_cadence'
        WHEN 'weekly' THEN last + 7
        WHEN 'monthly' THEN ((last - offs) + interval '1 month')::date + offs
        WHEN 'quarterly' THEN ((last - offs) + interval '3 months')::date + offs
    END, 'YYYY-MM-DD')
    FROM (SELECT last, extract(day FROM last)::int - 1 AS offs
          FROM (SELECT max((r->>'date')::date) AS last
                FROM json_array_elements(coalesce(doc->'reviews', '[]')) AS r
                WHERE coalesce(r->>'date', '') <> '') AS latest) AS held), '');

-- The day each plan's health score was taken and the revision of the settings it was taken
-- with: a score of another day (actions fall overdue, reviews fall due) or of older settings
-- (the sales stages, the coverage ratio, the factors) is taken again when the portfolio is
-- read, and kept by whoever may write the plan. Every plan saved before is scored anew.
ALTER TABLE plans
    ADD COLUMN IF NOT EXISTS health_on       text   NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS health_settings bigint NOT NULL DEFAULT 0;
