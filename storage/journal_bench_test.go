package storage

import (
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// BenchmarkSaveOneEditJournaled saves the same change as BenchmarkSaveOneEdit (one contact
// of the large plan) with its journal entry: validated whole (no Doc.Apply did), but only
// the contact the entry names is encoded. The journal's own work is BenchmarkJournalOfOneEdit.
func BenchmarkSaveOneEditJournaled(b *testing.B) {
	s := tempStore(b)
	p := importFile(b, s, gen.LargePlan())
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		old := p.Contacts[i%300]
		p.Contacts[i%300].Phone = string(rune('0' + i%10))
		entry := history.JournalEntry{PlanID: p.ID, Author: "Laura", Kind: history.JournalDo,
			Edit: domain.ReplaceItem{Coll: domain.CollContacts, Value: p.Contacts[i%300]}, Inverse: domain.ReplaceItem{Coll: domain.CollContacts, Value: old}}
		if err := s.SaveEdits(ctx, nil, p, []history.JournalEntry{entry}); err != nil {
			b.Fatal(err)
		}
	}
}

// journalOf10000 is a store whose plan has 10,000 journal entries of ordinary edits.
func journalOf10000(b *testing.B) (*Store, string) {
	s := tempStore(b)
	p := importFile(b, s, gen.LargePlan())
	var batch []history.JournalEntry
	for i := range 10_000 {
		c := p.Contacts[i%300]
		was := c
		c.Notes = "Reunión número " + string(rune('A'+i%26))
		var e, inv domain.Edit = domain.ReplaceItem{Coll: domain.CollContacts, Value: c}, domain.ReplaceItem{Coll: domain.CollContacts, Value: was}
		if i%3 == 0 {
			e, inv = domain.SetField{Field: "wallet.revenue", Value: int64(i)}, domain.SetField{Field: "wallet.revenue", Value: int64(i - 1)}
		}
		batch = append(batch, history.JournalEntry{PlanID: p.ID, Author: []string{"Laura", "Jon"}[i%2], Kind: history.JournalDo, Edit: e, Inverse: inv})
		if len(batch) == 500 {
			if err := s.SaveEdits(ctx, nil, nil, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	return s, p.ID
}

// BenchmarkJournalListAll lists, decoded, the whole journal of 10,000 edits (aim: under 100 ms).
func BenchmarkJournalListAll(b *testing.B) {
	s, planID := journalOf10000(b)
	b.ResetTimer()
	for b.Loop() {
		page, err := s.Journal().Page(ctx, planID, history.JournalQuery{})
		if err != nil || len(page.Entries) != 10_000 {
			b.Fatal(len(page.Entries), err)
		}
	}
}

// BenchmarkJournalFirstPage reads the first page a History screen shows, filtered by
// section, of the journal of 10,000 edits.
func BenchmarkJournalFirstPage(b *testing.B) {
	s, planID := journalOf10000(b)
	b.ResetTimer()
	for b.Loop() {
		page, err := s.Journal().Page(ctx, planID, history.JournalQuery{Section: history.SectionContacts, Limit: 50})
		if err != nil || len(page.Entries) != 50 {
			b.Fatal(len(page.Entries), err)
		}
	}
}

// BenchmarkUndoTail reads what undo and redo can reach when a plan of 10,000 edits is
// opened again, 100 steps each.
func BenchmarkUndoTail(b *testing.B) {
	s, planID := journalOf10000(b)
	b.ResetTimer()
	for b.Loop() {
		undo, _, err := s.Journal().UndoTail(ctx, planID, 100)
		if err != nil || len(undo) != 100 {
			b.Fatal(len(undo), err)
		}
	}
}

// BenchmarkJournalOfOneEdit is the journal's own work for one saved edit of the large plan
// (a contact replaced): encoding the edit and its inverse, finding the sections, and
// appending the row inside the save's transaction (rolled back here, so that the disk's
// flush, which the save pays once either way, is not counted).
func BenchmarkJournalOfOneEdit(b *testing.B) {
	s := tempStore(b)
	p := importFile(b, s, gen.LargePlan())
	c := p.Contacts[150]
	was := c
	c.Notes = "Nota de la reunión"
	entries := []history.JournalEntry{{PlanID: p.ID, Author: "Laura", Kind: history.JournalDo,
		Edit: domain.ReplaceItem{Coll: domain.CollContacts, Value: c}, Inverse: domain.ReplaceItem{Coll: domain.CollContacts, Value: was}}}
	b.ResetTimer()
	for b.Loop() {
		j, err := encodeJournal(p, entries)
		if err != nil {
			b.Fatal(err)
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := appendJournal(ctx, tx, j); err != nil {
			b.Fatal(err)
		}
		tx.Rollback()
	}
}
