package storage

import (
	"context"
	"database/sql"
	"encoding/json"

	"kamplan/domain"
	"kamplan/storage/planfile"
)

// The kinds of the rows teamMemberIDs reads and writes, as schema versions 3 to 8 named
// them (009_list_kinds.sql gives rows the names of their lists).
const (
	v3KindContact  = "contact"
	v3KindCoverage = "coverage"
)

// teamMemberIDs makes schema version 4: team members get ids and coverage pairs refer to
// them; a contact's owner is no longer typed on the contact but is one of its pairs. Per
// account, the names of its plans' pairs and owners become its members by the rule a plan
// file of version 2 is read with (planfile.AdoptNamedCoverage); then contacts lose "owner".
func teamMemberIDs(tx *sql.Tx) error {
	accounts, err := stringColumn(context.Background(), tx, "SELECT id FROM accounts ORDER BY id")
	if err != nil {
		return err
	}
	for _, id := range accounts {
		if err := adoptAccountCoverage(tx, id); err != nil {
			return err
		}
	}
	_, err = tx.Exec("UPDATE plan_items SET body = json_remove(body, '$.owner') WHERE kind = 'contact'")
	return err
}

func adoptAccountCoverage(tx *sql.Tx, accountID string) error {
	var body string
	if err := tx.QueryRow("SELECT body FROM accounts WHERE id = ?", accountID).Scan(&body); err != nil {
		return err
	}
	var a domain.Account
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		return err
	}
	plans, err := stringColumn(context.Background(), tx, "SELECT id FROM plans WHERE account_id = ? ORDER BY period, id", accountID)
	if err != nil {
		return err
	}
	a.GiveMemberIDs()
	for _, planID := range plans {
		p, named, err := namedPlanRows(tx, planID)
		if err != nil {
			return err
		}
		planfile.AdoptNamedCoverage(&a, p, named)
		if err := rewriteCoverage(tx, planID, p.Coverage); err != nil {
			return err
		}
	}
	team, err := json.Marshal(a.Team)
	if err != nil {
		return err
	}
	_, err = tx.Exec("UPDATE accounts SET body = json_set(body, '$.team', json(?)) WHERE id = ?", string(team), accountID)
	return err
}

// namedPlanRows reads a plan's contacts and pairs with the names they hold.
func namedPlanRows(tx *sql.Tx, planID string) (*domain.Plan, planfile.CoverageNames, error) {
	named := planfile.CoverageNames{Members: map[string]string{}, Owners: map[string]string{}}
	p := &domain.Plan{ID: planID}
	rows, err := tx.Query("SELECT kind, body FROM plan_items WHERE plan_id = ? AND kind IN (?, ?) ORDER BY kind, pos",
		planID, v3KindContact, v3KindCoverage)
	if err != nil {
		return nil, named, err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, body string
		if err := rows.Scan(&kind, &body); err != nil {
			return nil, named, err
		}
		if err := addNamedRow(p, named, kind, []byte(body)); err != nil {
			return nil, named, err
		}
	}
	return p, named, rows.Err()
}

func addNamedRow(p *domain.Plan, named planfile.CoverageNames, kind string, body []byte) error {
	if kind == v3KindContact {
		var n planfile.NamedContact
		if err := json.Unmarshal(body, &n); err != nil {
			return err
		}
		named.Owners[n.ID] = n.Owner
		return appendJSON(body, &p.Contacts)
	}
	var n planfile.NamedPair
	if err := json.Unmarshal(body, &n); err != nil {
		return err
	}
	named.Members[n.ID] = n.Member
	return appendJSON(body, &p.Coverage)
}

// rewriteCoverage replaces a plan's coverage rows by pairs, in their order.
func rewriteCoverage(tx *sql.Tx, planID string, pairs []domain.Coverage) error {
	if _, err := tx.Exec("DELETE FROM plan_items WHERE plan_id = ? AND kind = ?", planID, v3KindCoverage); err != nil {
		return err
	}
	for i, c := range pairs {
		b, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT INTO plan_items(plan_id, kind, id, pos, body) VALUES(?, ?, ?, ?, ?)",
			planID, v3KindCoverage, c.ID, i, string(b)); err != nil {
			return err
		}
	}
	return nil
}

func appendJSON[T any](b []byte, dst *[]T) error {
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*dst = append(*dst, v)
	return nil
}
