package storage

import (
	"database/sql"
	"strings"
)

// nextReviewColumn (schema 016) gives each plan's row the day its next review is due
// (package domain/review's Next: the latest review plus the cadence; empty while none was
// recorded or the cadence is ad hoc), so that the home lists the reviews due from the
// portfolio's one query, and dates every plan stored before. SQLite's '+N months' rolls a
// day the month lacks over into the next month, as Go's AddDate does.
func nextReviewColumn(tx *sql.Tx) error {
	if err := addMissingColumns(tx, "next_review TEXT NOT NULL DEFAULT ''"); err != nil {
		return err
	}
	_, err := tx.Exec(`UPDATE plans SET next_review = coalesce((
		SELECT CASE json_extract(plans.body, '$.review_cadence')
			WHEN 'weekly' THEN date(max(json_extract(i.body, '$.date')), '+7 days')
			WHEN 'monthly' THEN date(max(json_extract(i.body, '$.date')), '+1 months')
			WHEN 'quarterly' THEN date(max(json_extract(i.body, '$.date')), '+3 months') END
		FROM plan_items i WHERE i.plan_id = plans.id AND i.kind = 'reviews' AND json_extract(i.body, '$.date') <> ''), '')`)
	return err
}

// addMissingColumns adds to the plans table those of the columns (SQL definitions) it lacks:
// SQLite cannot add a column only when it is missing.
func addMissingColumns(tx *sql.Tx, columns ...string) error {
	for _, c := range columns {
		var have int
		if err := tx.QueryRow("SELECT count(*) FROM pragma_table_info('plans') WHERE name = ?", strings.Fields(c)[0]).Scan(&have); err != nil {
			return err
		}
		if have == 0 {
			if _, err := tx.Exec("ALTER TABLE plans ADD COLUMN " + c); err != nil {
				return err
			}
		}
	}
	return nil
}
