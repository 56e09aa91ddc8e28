-- The home lists the open actions due across every account when it opens: this index finds
-- the action rows by their date instead of reading every row of every plan.
CREATE INDEX IF NOT EXISTS plan_items_action_due ON plan_items (json_extract(body, '$.due')) WHERE kind = 'actions';
