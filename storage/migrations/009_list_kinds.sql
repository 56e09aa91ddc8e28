-- A row of a plan's list is named as the list is everywhere else (domain.Coll): the plural
-- of the plan's JSON, "contacts" rather than "contact". Old and new names never meet, so
-- no row can collide with another; "coverage" keeps its name.
UPDATE plan_items SET kind = CASE kind
    WHEN 'swot'       THEN 'swots'
    WHEN 'strategy'   THEN 'strategies'
    WHEN 'contact'    THEN 'contacts'
    WHEN 'objective'  THEN 'objectives'
    WHEN 'action'     THEN 'actions'
    WHEN 'kpi'        THEN 'kpis'
    WHEN 'offering'   THEN 'offerings'
    WHEN 'competitor' THEN 'competitors'
    WHEN 'note'       THEN 'notes'
    WHEN 'link'       THEN 'links'
    WHEN 'centre'     THEN 'centres'
    WHEN 'space_cell' THEN 'white_space'
    ELSE kind
END;
