package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
	"kamplan/storage"
)

// ForgetPerson erases a person from an account's plans of every period, its profile, the
// plans' snapshots and journals on the server (see privacy.Store), in one transaction, and
// logs the erasure without anything of them. Row-level security applies: only the people
// of the account's team may. The rows' old versions then stay in the server's files until
// they are vacuumed: see compactTables.
func (s *Store) ForgetPerson(ctx context.Context, accountID, nameOrEmail string, progress func(float64)) (privacy.Erasure, error) {
	e := privacy.Erasure{At: time.Now().UTC(), Author: s.Author()}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		team, err := lockAccount(ctx, tx, accountID)
		if err != nil {
			return err
		}
		h, who, err := findPerson(ctx, tx, accountID, nameOrEmail)
		if err != nil {
			return err
		}
		e.Account = h.Account.Name
		for _, step := range []func(context.Context, pgx.Tx, privacy.Holdings, *privacy.Person) (int, error){
			forgetInPlans, forgetInAccount, forgetInSnapshots, forgetInJournal} {
			n, err := step(ctx, tx, h, who)
			if err != nil {
				return err
			}
			e.Records += n
		}
		_, err = tx.Exec(ctx, "INSERT INTO erasures(at, author, account_id, account, team, records) VALUES($1, $2, $3, $4, $5, $6)",
			e.At, e.Author, accountID, e.Account, team, e.Records)
		return internal(err)
	})
	if err != nil {
		return e, err
	}
	report(progress, 0.5)
	err = s.compactTables(ctx)
	report(progress, 1)
	return e, err
}

func report(progress func(float64), f float64) {
	if progress != nil {
		progress(f)
	}
}

func forgetInPlans(ctx context.Context, tx pgx.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	n := 0
	for _, p := range h.Plans {
		changed, err := who.Forget(p)
		if err != nil {
			return n, err
		}
		if !changed {
			continue
		}
		if err := p.Validate(); err != nil {
			return n, err
		}
		row, err := planRowOf(p)
		if err != nil {
			return n, err
		}
		if _, err := writePlan(ctx, tx, p, row); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func forgetInAccount(ctx context.Context, tx pgx.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	if !who.ScrubAccount(h.Account) {
		return 0, nil
	}
	doc, err := encode(h.Account)
	if err != nil {
		return 0, err
	}
	_, err = writeAccount(ctx, tx, h.Account, doc)
	return 1, err
}

// forgetInSnapshots rewrites the snapshots that hold the person, each with its new hash.
func forgetInSnapshots(ctx context.Context, tx pgx.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	n := 0
	for _, snap := range h.Snapshots {
		if !who.ScrubSnapshot(snap) {
			continue
		}
		body, err := storage.EncodePlanFile(domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion,
			Account: snap.Account, Plans: []domain.Plan{snap.Plan}})
		if err != nil {
			return n, internal(err)
		}
		sum := sha256.Sum256(body)
		if _, err := tx.Exec(ctx, "UPDATE snapshots SET label = $1, body = $2, hash = $3 WHERE id = $4",
			snap.Label, string(body), hex.EncodeToString(sum[:]), snap.ID); err != nil {
			return n, internal(err)
		}
		n++
	}
	return n, nil
}

// forgetInJournal rewrites the entries that hold the person and cuts the undo and redo
// stacks where they held or named them (privacy.CutStack).
func forgetInJournal(ctx context.Context, tx pgx.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	je := who.ForgetInJournal(h.Journal)
	for _, e := range je.Rewritten {
		edit, err := history.EncodeEdit(e.Edit)
		if err != nil {
			return 0, err
		}
		inverse, err := history.EncodeEdit(e.Inverse)
		if err != nil {
			return 0, err
		}
		if _, err := tx.Exec(ctx, "UPDATE journal SET edit = $1, inverse = $2 WHERE plan_id = $3 AND seq = $4",
			string(edit), string(inverse), e.PlanID, e.Seq); err != nil {
			return 0, internal(err)
		}
	}
	for planID, seqs := range je.Involved {
		if err := cutStacks(ctx, tx, planID, seqs); err != nil {
			return 0, err
		}
	}
	return len(je.Rewritten), nil
}

// cutStacks ends a plan's undo and redo stacks above the first entry in cut.
func cutStacks(ctx context.Context, tx pgx.Tx, planID string, cut map[int64]bool) error {
	var last int64
	tops := make([]int64, 2)
	err := tx.QueryRow(ctx, "SELECT seq, undo_top, redo_top FROM journal WHERE plan_id = $1 ORDER BY seq DESC LIMIT 1",
		planID).Scan(&last, &tops[0], &tops[1])
	if err != nil {
		return internal(err) // the plan has entries: they hold the person
	}
	below := func(seq int64) (int64, error) { return belowOf(ctx, tx, planID, seq) }
	for i, top := range tops {
		var unlink int64
		if tops[i], unlink, err = privacy.CutStack(top, cut, below); err != nil {
			return err
		}
		if unlink > 0 {
			if _, err := tx.Exec(ctx, "UPDATE journal SET below = 0 WHERE plan_id = $1 AND seq = $2", planID, unlink); err != nil {
				return internal(err)
			}
		}
	}
	_, err = tx.Exec(ctx, "UPDATE journal SET undo_top = $1, redo_top = $2 WHERE plan_id = $3 AND seq = $4", tops[0], tops[1], planID, last)
	return internal(err)
}

// erasedTables are the tables a forgotten person's rows were in.
const erasedTables = "accounts, plans, journal, snapshots"

// compactTables rewrites the tables an erasure touched so that the old versions of its rows
// leave the server's files: VACUUM FULL, which only the tables' owner (the administrator
// who ran `kamplan admin init`) or a superuser may run. For a KAM's role PostgreSQL would
// skip it, so it is not tried: the administrator runs it (see README, Personal data).
func (s *Store) compactTables(ctx context.Context) error {
	var owner bool
	err := s.pool.QueryRow(ctx, `SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) FROM pg_class c
		WHERE c.oid IN ('accounts'::regclass, 'plans'::regclass, 'journal'::regclass, 'snapshots'::regclass)`).Scan(&owner)
	if err != nil || !owner {
		return internal(err)
	}
	if _, err = s.pool.Exec(ctx, "VACUUM (FULL) "+erasedTables); err != nil {
		return domain.Errorf(domain.CodeInternal, "teamserver.compact",
			"the person was erased, but the server's tables could not be compacted (%v): run VACUUM (FULL) %s on the server", err, erasedTables)
	}
	return nil
}
