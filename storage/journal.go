package storage

import (
	"context"
	"database/sql"
	"errors"
	"runtime"
	"strings"
	"sync"
	"time"

	"kamplan/domain"
)

// journalBatch is the journal entries of one save, encoded.
type journalBatch struct {
	planID string
	rows   []journalRow
}

type journalRow struct {
	at, author, sections string
	kind                 domain.JournalKind
	edit, inverse        string
}

func encodeJournal(p *domain.Plan, entries []domain.JournalEntry) (*journalBatch, error) {
	if len(entries) == 0 {
		return nil, nil
	}
	b := &journalBatch{planID: entries[0].PlanID}
	for _, e := range entries {
		if e.PlanID != b.planID || (p != nil && e.PlanID != p.ID) || !validKind(e.Kind) || e.Edit == nil || e.Inverse == nil {
			return nil, domain.Errorf(domain.CodeInternal, "store.journal", "a journal entry does not belong to this save (plan %q, kind %q)", e.PlanID, e.Kind)
		}
		edit, err := domain.EncodeEdit(e.Edit)
		if err != nil {
			return nil, err
		}
		inverse, err := domain.EncodeEdit(e.Inverse)
		if err != nil {
			return nil, err
		}
		b.rows = append(b.rows, journalRow{at: timeText(e.At), author: strings.TrimSpace(e.Author), kind: e.Kind,
			sections: sectionsText(e.Sections()), edit: string(edit), inverse: string(inverse)})
	}
	return b, nil
}

func validKind(k domain.JournalKind) bool {
	return k == domain.JournalDo || k == domain.JournalUndo || k == domain.JournalRedo
}

// storedTime is how a moment is stored: UTC, RFC 3339 with all nine digits of nanoseconds,
// so that the texts sort as the moments do.
const storedTime = "2006-01-02T15:04:05.000000000Z07:00"

// timeText is a moment as stored; now when zero.
func timeText(t time.Time) string {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UTC().Format(storedTime)
}

// sectionsText is ",wallet,contacts,": a section is found with LIKE '%,wallet,%'.
func sectionsText(ss []domain.Section) string {
	var b strings.Builder
	b.WriteString(",")
	for _, s := range ss {
		b.WriteString(string(s) + ",")
	}
	return b.String()
}

// appendJournal numbers the entries after the plan's last one and moves the undo and redo
// stacks: an edit goes on the undo stack and empties the redo stack; an undo takes the top
// of the undo stack onto the redo stack; a redo takes the top of the redo stack back. An
// undo or redo with nothing to step through counts as an edit of its own.
func appendJournal(ctx context.Context, tx *sql.Tx, b *journalBatch) error {
	if b == nil {
		return nil
	}
	var seq, undoTop, redoTop int64
	err := tx.QueryRowContext(ctx, "SELECT seq, undo_top, redo_top FROM journal WHERE plan_id = ? ORDER BY seq DESC LIMIT 1",
		b.planID).Scan(&seq, &undoTop, &redoTop)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return internal(err)
	}
	for _, r := range b.rows {
		seq++
		var below int64
		switch {
		case r.kind == domain.JournalUndo && undoTop > 0:
			next, err := belowOf(ctx, tx, b.planID, undoTop)
			if err != nil {
				return err
			}
			below, undoTop, redoTop = redoTop, next, seq
		case r.kind == domain.JournalRedo && redoTop > 0:
			next, err := belowOf(ctx, tx, b.planID, redoTop)
			if err != nil {
				return err
			}
			below, undoTop, redoTop = undoTop, seq, next
		default:
			below, undoTop, redoTop = undoTop, seq, 0
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO journal(plan_id, seq, at, author, kind, sections, edit, inverse, below, undo_top, redo_top)
			VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, b.planID, seq, r.at, r.author, string(r.kind), r.sections, r.edit, r.inverse,
			below, undoTop, redoTop); err != nil {
			return internal(err)
		}
	}
	return nil
}

func belowOf(ctx context.Context, tx *sql.Tx, planID string, seq int64) (int64, error) {
	var below int64
	err := tx.QueryRowContext(ctx, "SELECT below FROM journal WHERE plan_id = ? AND seq = ?", planID, seq).Scan(&below)
	return below, internal(err)
}

// Journal reads a page of a plan's journal, newest first (see domain.Store).
func (s *Store) Journal(ctx context.Context, planID string, q domain.JournalQuery) (domain.JournalPage, error) {
	var page domain.JournalPage
	where, args := "plan_id = ?", []any{planID}
	if q.Before > 0 {
		where, args = where+" AND seq < ?", append(args, q.Before)
	}
	if q.Author != "" {
		where, args = where+" AND author = ?", append(args, q.Author)
	}
	if q.Section != "" {
		where, args = where+" AND sections LIKE ?", append(args, "%,"+string(q.Section)+",%")
	}
	limit := -1
	if q.Limit > 0 {
		limit = q.Limit + 1 // one more says whether there are more
	}
	entries, err := s.journalWhere(ctx, where+" ORDER BY seq DESC LIMIT ?", append(args, limit)...)
	if err != nil {
		return page, err
	}
	if q.Limit > 0 && len(entries) > q.Limit {
		entries, page.More = entries[:q.Limit], true
	}
	page.Entries = entries
	page.Authors, err = s.journalAuthors(ctx, planID)
	return page, err
}

func (s *Store) journalAuthors(ctx context.Context, planID string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT DISTINCT author FROM journal WHERE plan_id = ? ORDER BY author", planID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, internal(err)
		}
		out = append(out, a)
	}
	return out, internal(rows.Err())
}

// journalRaw is a journal row as read, its edits not decoded yet.
type journalRaw struct {
	entry         domain.JournalEntry
	edit, inverse string
}

func (s *Store) journalWhere(ctx context.Context, where string, args ...any) ([]domain.JournalEntry, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT plan_id, seq, at, author, kind, edit, inverse FROM journal WHERE "+where, args...)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var raws []journalRaw
	for rows.Next() {
		var r journalRaw
		var at string
		if err := rows.Scan(&r.entry.PlanID, &r.entry.Seq, &at, &r.entry.Author, &r.entry.Kind, &r.edit, &r.inverse); err != nil {
			return nil, internal(err)
		}
		r.entry.At, _ = time.Parse(time.RFC3339Nano, at)
		raws = append(raws, r)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err)
	}
	return decodeJournal(raws)
}

// decodeJournal decodes the edits of the rows read, on every processor when there are many.
func decodeJournal(raws []journalRaw) ([]domain.JournalEntry, error) {
	out := make([]domain.JournalEntry, len(raws))
	workers := min(runtime.GOMAXPROCS(0), 1+len(raws)/256)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(raws) && errs[w] == nil; i += workers {
				out[i], errs[w] = decodeEntry(raws[i])
			}
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

func decodeEntry(r journalRaw) (domain.JournalEntry, error) {
	e := r.entry
	var err error
	if e.Edit, err = domain.DecodeEdit([]byte(r.edit)); err != nil {
		return e, err
	}
	e.Inverse, err = domain.DecodeEdit([]byte(r.inverse))
	return e, err
}

// UndoTail returns the entries undo and redo step through, each stack from its bottom to
// its top, at most limit each (0: all of them). See domain.Store.
func (s *Store) UndoTail(ctx context.Context, planID string, limit int) (undo, redo []domain.JournalEntry, err error) {
	var undoTop, redoTop int64
	err = s.db.QueryRowContext(ctx, "SELECT undo_top, redo_top FROM journal WHERE plan_id = ? ORDER BY seq DESC LIMIT 1", planID).Scan(&undoTop, &redoTop)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, internal(err)
	}
	if undo, err = s.stack(ctx, planID, undoTop, limit); err != nil {
		return nil, nil, err
	}
	redo, err = s.stack(ctx, planID, redoTop, limit)
	return undo, redo, err
}

// stack follows the entries below top, and returns them bottom first.
func (s *Store) stack(ctx context.Context, planID string, top int64, limit int) ([]domain.JournalEntry, error) {
	if top == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	return s.journalWhere(ctx, `plan_id = ? AND seq IN (
		WITH RECURSIVE down(seq, n) AS (
			SELECT ?, 1
			UNION ALL
			SELECT j.below, down.n + 1 FROM down JOIN journal j ON j.plan_id = ? AND j.seq = down.seq
			WHERE j.below > 0 AND (? < 0 OR down.n < ?))
		SELECT seq FROM down) ORDER BY seq`, planID, top, planID, limit, limit)
}
