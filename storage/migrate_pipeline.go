package storage

import (
	"database/sql"
	"slices"
)

// pipelineColumns (schema 010) gives each plan's row the pipeline it sums when the plan is
// saved, so that the portfolio shows it without reading a plan: the open opportunities'
// value and weighted value, what was won, and what the revenue objectives still miss (see
// pipelineOf). A plan stored before has no opportunity: zero is its sum. Written in Go
// because SQLite cannot add a column only when it is missing.
func pipelineColumns(tx *sql.Tx) error {
	rows, err := tx.Query("SELECT name FROM pragma_table_info('plans')")
	if err != nil {
		return err
	}
	var have []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		have = append(have, name)
	}
	rows.Close()
	for _, c := range []string{"pipeline", "weighted", "won", "gap"} {
		if !slices.Contains(have, c) {
			if _, err := tx.Exec("ALTER TABLE plans ADD COLUMN " + c + " INTEGER NOT NULL DEFAULT 0"); err != nil {
				return err
			}
		}
	}
	return nil
}
