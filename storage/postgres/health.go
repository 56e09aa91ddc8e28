package postgres

import (
	"context"
	"encoding/json"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"kamplan/domain"
	"kamplan/storage"
)

// healthScored is when a plan's stored health score was taken: the day, and the revision of
// the settings it was taken with.
type healthScored struct {
	on   string
	with int64
}

// rescoreStale scores again the plans of rows (stale: a plan's id → its index in rows) whose
// score was taken another day or with other settings — a change of the sales stages or the
// coverage ratio changes every plan's score, and the days make actions overdue and reviews
// due — and sets it in rows. The scores are then kept in the plans' rows, best effort: a plan
// the person may not write (row-level security) keeps its old one, and a plan saved since it
// was read keeps the score of that save. Neither the plans' versions nor their history change.
func rescoreStale(ctx context.Context, pool *pgxpool.Pool, rows []domain.PlanSummary, stale map[string]int, st domain.Settings, today domain.Date) error {
	if len(stale) == 0 {
		return nil
	}
	ids := make([]string, 0, len(stale))
	for id := range stale {
		ids = append(ids, id)
	}
	docs, err := pool.Query(ctx, "SELECT id, doc, version FROM plans WHERE id = ANY($1)", ids)
	if err != nil {
		return internal(err)
	}
	defer docs.Close()
	keep := &pgx.Batch{}
	for docs.Next() {
		var id string
		var doc []byte
		var version int64
		var p domain.Plan
		if err := docs.Scan(&id, &doc, &version); err != nil {
			return internal(err)
		}
		if err := json.Unmarshal(doc, &p); err != nil {
			return domain.Errorf(domain.CodeInternal, "store.corrupt", "plan %s cannot be read: %v", id, err)
		}
		score := storage.HealthOf(&p, st, today)
		rows[stale[id]].Health = score
		keep.Queue("UPDATE plans SET health = $1, health_on = $2, health_settings = $3 WHERE id = $4 AND version = $5",
			score, today.String(), st.Version, id, version)
	}
	if err := docs.Err(); err != nil {
		return internal(err)
	}
	docs.Close()
	_ = pool.SendBatch(ctx, keep).Close() // the scores listed are right whether or not they are kept
	return nil
}
