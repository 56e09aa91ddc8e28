package postgres

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/history"
)

// journalBatch is the journal entries of one save, encoded.
type journalBatch struct {
	planID string
	rows   []journalRow
}

type journalRow struct {
	at               time.Time
	author, sections string
	kind             history.JournalKind
	edit, inverse    string
}

func encodeJournal(p *domain.Plan, entries []history.JournalEntry) (*journalBatch, error) {
	if len(entries) == 0 {
		return nil, nil
	}
	b := &journalBatch{planID: entries[0].PlanID}
	for _, e := range entries {
		if e.PlanID != b.planID || (p != nil && e.PlanID != p.ID) || !validKind(e.Kind) || e.Edit == nil || e.Inverse == nil {
			return nil, domain.Errorf(domain.CodeInternal, "store.journal", "a journal entry does not belong to this save (plan %q, kind %q)", e.PlanID, e.Kind)
		}
		edit, err := history.EncodeEdit(e.Edit)
		if err != nil {
			return nil, err
		}
		inverse, err := history.EncodeEdit(e.Inverse)
		if err != nil {
			return nil, err
		}
		at := e.At
		if at.IsZero() {
			at = time.Now()
		}
		b.rows = append(b.rows, journalRow{at: at.UTC(), author: strings.TrimSpace(e.Author), kind: e.Kind,
			sections: sectionsText(e.Sections()), edit: string(edit), inverse: string(inverse)})
	}
	return b, nil
}

func validKind(k history.JournalKind) bool {
	return k == history.JournalDo || k == history.JournalUndo || k == history.JournalRedo
}

// sectionsText is ",wallet,contacts,": a section is found with LIKE '%,wallet,%'.
func sectionsText(ss []history.Section) string {
	var b strings.Builder
	b.WriteString(",")
	for _, s := range ss {
		b.WriteString(string(s) + ",")
	}
	return b.String()
}

// appendJournal numbers the entries after the plan's last one and moves the undo and redo
// stacks as the SQLite store does: an edit goes on the undo stack and empties the redo
// stack; an undo takes the top of the undo stack onto the redo stack; a redo takes the top
// of the redo stack back. The plan's row is locked first, so that two saves of one plan
// number their entries one after the other.
func appendJournal(ctx context.Context, tx pgx.Tx, b *journalBatch) error {
	if b == nil {
		return nil
	}
	var locked string
	err := tx.QueryRow(ctx, "SELECT id FROM plans WHERE id = $1 FOR UPDATE", b.planID).Scan(&locked)
	if errors.Is(err, pgx.ErrNoRows) {
		return notFound("plan", b.planID)
	}
	if err != nil {
		return internal(err)
	}
	var seq, undoTop, redoTop int64
	err = tx.QueryRow(ctx, "SELECT seq, undo_top, redo_top FROM journal WHERE plan_id = $1 ORDER BY seq DESC LIMIT 1",
		b.planID).Scan(&seq, &undoTop, &redoTop)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return internal(err)
	}
	for _, r := range b.rows {
		seq++
		var below int64
		switch {
		case r.kind == history.JournalUndo && undoTop > 0:
			next, err := belowOf(ctx, tx, b.planID, undoTop)
			if err != nil {
				return err
			}
			below, undoTop, redoTop = redoTop, next, seq
		case r.kind == history.JournalRedo && redoTop > 0:
			next, err := belowOf(ctx, tx, b.planID, redoTop)
			if err != nil {
				return err
			}
			below, undoTop, redoTop = undoTop, seq, next
		default:
			below, undoTop, redoTop = undoTop, seq, 0
		}
		if _, err := tx.Exec(ctx, `INSERT INTO journal(plan_id, seq, at, author, kind, sections, edit, inverse, below, undo_top, redo_top)
			VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, b.planID, seq, r.at, r.author, string(r.kind), r.sections,
			r.edit, r.inverse, below, undoTop, redoTop); err != nil {
			return internal(err)
		}
	}
	return nil
}

func belowOf(ctx context.Context, tx pgx.Tx, planID string, seq int64) (int64, error) {
	var below int64
	err := tx.QueryRow(ctx, "SELECT below FROM journal WHERE plan_id = $1 AND seq = $2", planID, seq).Scan(&below)
	return below, internal(err)
}

// journal reads the plans' journals (see history.Journal).
type journal struct{ s *Store }

// Journal reads the plans' journals, which SaveEdits writes (see history.Store).
func (s *Store) Journal() history.Journal { return journal{s} }

// Page reads a page of a plan's journal, newest first.
func (j journal) Page(ctx context.Context, planID string, q history.JournalQuery) (history.JournalPage, error) {
	var page history.JournalPage
	where, args := "plan_id = $1", []any{planID}
	add := func(cond string, arg any) {
		args = append(args, arg)
		where += " AND " + strings.Replace(cond, "?", "$"+strconv.Itoa(len(args)), 1)
	}
	if q.Before > 0 {
		add("seq < ?", q.Before)
	}
	if q.Author != "" {
		add("author = ?", q.Author)
	}
	if q.Section != "" {
		add("sections LIKE ?", "%,"+string(q.Section)+",%")
	}
	where += " ORDER BY seq DESC"
	if q.Limit > 0 {
		args = append(args, q.Limit+1) // one more says whether there are more
		where += " LIMIT $" + strconv.Itoa(len(args))
	}
	entries, err := j.where(ctx, where, args...)
	if err != nil {
		return page, err
	}
	if q.Limit > 0 && len(entries) > q.Limit {
		entries, page.More = entries[:q.Limit], true
	}
	page.Entries = entries
	page.Authors, err = j.authors(ctx, planID)
	return page, err
}

func (j journal) authors(ctx context.Context, planID string) ([]string, error) {
	rows, err := j.s.pool.Query(ctx, "SELECT DISTINCT author FROM journal WHERE plan_id = $1 ORDER BY author", planID)
	if err != nil {
		return nil, internal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	return out, internal(err)
}

func (j journal) where(ctx context.Context, where string, args ...any) ([]history.JournalEntry, error) {
	return entriesWhere(ctx, j.s.pool, where, args...)
}

func entriesWhere(ctx context.Context, q queryer, where string, args ...any) ([]history.JournalEntry, error) {
	rows, err := q.Query(ctx, "SELECT plan_id, seq, at, author, kind, edit, inverse FROM journal WHERE "+where, args...)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []history.JournalEntry
	for rows.Next() {
		var e history.JournalEntry
		var edit, inverse string
		if err := rows.Scan(&e.PlanID, &e.Seq, &e.At, &e.Author, &e.Kind, &edit, &inverse); err != nil {
			return nil, internal(err)
		}
		if e.Edit, err = history.DecodeEdit([]byte(edit)); err != nil {
			return nil, err
		}
		if e.Inverse, err = history.DecodeEdit([]byte(inverse)); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, internal(rows.Err())
}

// UndoTail returns the entries undo and redo step through, each stack from its bottom to
// its top, at most limit each (0: all of them). See history.Journal.
func (j journal) UndoTail(ctx context.Context, planID string, limit int) (undo, redo []history.JournalEntry, err error) {
	var undoTop, redoTop int64
	err = j.s.pool.QueryRow(ctx, "SELECT undo_top, redo_top FROM journal WHERE plan_id = $1 ORDER BY seq DESC LIMIT 1", planID).Scan(&undoTop, &redoTop)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, internal(err)
	}
	if undo, err = j.stack(ctx, planID, undoTop, limit); err != nil {
		return nil, nil, err
	}
	redo, err = j.stack(ctx, planID, redoTop, limit)
	return undo, redo, err
}

// stack follows the entries below top, and returns them bottom first.
func (j journal) stack(ctx context.Context, planID string, top int64, limit int) ([]history.JournalEntry, error) {
	if top == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	return j.where(ctx, `plan_id = $1 AND seq IN (
		WITH RECURSIVE down(seq, n) AS (
			SELECT $2::bigint, 1
			UNION ALL
			SELECT j.below, down.n + 1 FROM down JOIN journal j ON j.plan_id = $1 AND j.seq = down.seq
			WHERE j.below > 0 AND ($3::int < 0 OR down.n < $3::int))
		SELECT seq FROM down) ORDER BY seq`, planID, top, limit)
}
