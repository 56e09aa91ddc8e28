package storage

import (
	"context"
	"encoding/json"

	"kamplan/domain"
)

// actionsDueSQL reads the open action rows due by a day. The kind is written out, not
// bound, so that the partial index plan_items_action_due (migration 013) serves it.
const actionsDueSQL = `SELECT plan_id, body FROM plan_items
	WHERE kind = '` + string(domain.CollActions) + `' AND json_extract(body, '$.due') BETWEEN '0001-01-01' AND ?
	AND coalesce(json_extract(body, '$.status'), '') NOT IN (?, ?)
	ORDER BY pos`

// ActionsDue lists the open actions of the given plans that are due by until, overdue ones
// included, in the order of planIDs and then of each plan's list. It reads the plans'
// action rows alone, filtered in SQL, so the home of a large portfolio never loads a plan.
func (s *Store) ActionsDue(ctx context.Context, planIDs []string, until domain.Date) ([]domain.PlanAction, error) {
	order := make(map[string]int, len(planIDs))
	for i, id := range planIDs {
		order[id] = i
	}
	q, err := s.db.QueryContext(ctx, actionsDueSQL, until.String(), string(domain.StatusDone), string(domain.StatusCancelled))
	if err != nil {
		return nil, internal(err)
	}
	defer q.Close()
	byPlan := make([][]domain.PlanAction, len(planIDs))
	for q.Next() {
		var planID, body string
		if err := q.Scan(&planID, &body); err != nil {
			return nil, internal(err)
		}
		i, wanted := order[planID]
		if !wanted {
			continue
		}
		var a domain.Action
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			return nil, internal(err)
		}
		byPlan[i] = append(byPlan[i], domain.PlanAction{PlanID: planID, Action: a})
	}
	var out []domain.PlanAction
	for _, as := range byPlan {
		out = append(out, as...)
	}
	return out, internal(q.Err())
}
