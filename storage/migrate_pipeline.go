package storage

import "database/sql"

// pipelineColumns (schema 010) gives each plan's row the pipeline it sums when the plan is
// saved, so that the portfolio shows it without reading a plan: the open opportunities'
// value and weighted value, what was won, and what the revenue objectives still miss (see
// pipelineOf). A plan stored before has no opportunity: zero is its sum. Written in Go
// because SQLite cannot add a column only when it is missing.
func pipelineColumns(tx *sql.Tx) error {
	var columns []string
	for _, c := range []string{"pipeline", "weighted", "won", "gap"} {
		columns = append(columns, c+" INTEGER NOT NULL DEFAULT 0")
	}
	return addMissingColumns(tx, columns...)
}
