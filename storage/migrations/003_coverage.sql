-- Team coverage: every contact that has an owner on our team becomes that owner's coverage
-- pair, carrying the contact's relationship now, target and meeting frequency. Rows of
-- kind 'coverage' follow the plan's contacts in order.
INSERT INTO plan_items (plan_id, kind, id, pos, body)
SELECT c.plan_id, 'coverage', lower(hex(randomblob(8))),
       (SELECT count(*) FROM plan_items o
         WHERE o.plan_id = c.plan_id AND o.kind = 'contact' AND o.pos < c.pos
           AND coalesce(json_extract(o.body, '$.owner'), '') <> ''),
       json_object(
         'id', 'placeholder',
         'member', json_extract(c.body, '$.owner'),
         'contact_id', json_extract(c.body, '$.id'),
         'rel_now', coalesce(json_extract(c.body, '$.rel_now'), 0),
         'rel_target', coalesce(json_extract(c.body, '$.rel_target'), 0),
         'frequency', coalesce(json_extract(c.body, '$.frequency'), ''))
FROM plan_items c
WHERE c.kind = 'contact' AND coalesce(json_extract(c.body, '$.owner'), '') <> ''
  AND NOT EXISTS (SELECT 1 FROM plan_items k
                   WHERE k.plan_id = c.plan_id AND k.kind = 'coverage'
                     AND json_extract(k.body, '$.contact_id') = json_extract(c.body, '$.id'));

UPDATE plan_items SET body = json_set(body, '$.id', id) WHERE kind = 'coverage' AND json_extract(body, '$.id') = 'placeholder';
