package postgres

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
)

// Twenty people edit two plans at once, each through a store (a connection pool) of their
// own, every edit appending to their own note and saved with its journal entry; a stale
// save is loaded again and retried, as the app does. At the end every acknowledged edit is
// in its note and in the journal, in order: no update was lost.
func TestConcurrentEditorsLoseNoUpdate(t *testing.T) {
	clients, edits := 20, 500
	if testing.Short() {
		edits = 25
	}
	url := freshSchema(t)
	setup := openAt(t, url)
	var plans []string
	for i := range 2 {
		p, err := setup.CreateAccount(ctx, &domain.Account{Name: fmt.Sprintf("Cuenta %d", i), Tier: domain.TierKey}, "FY2027")
		if err != nil {
			t.Fatal(err)
		}
		for c := i; c < clients; c += 2 {
			p.Notes = append(p.Notes, domain.Note{ID: noteID(c), Text: "·"})
		}
		if err := setup.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
		plans = append(plans, p.ID)
	}
	var retries atomic.Int64
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(ctx, url)
			if err != nil {
				t.Error(err)
				return
			}
			defer s.Close()
			retries.Add(editor(t, s, plans[c%2], c, edits))
		}()
	}
	wg.Wait()
	t.Logf("%d clients × %d edits: %d stale saves retried", clients, edits, retries.Load())
	checkEveryEdit(t, setup, plans, clients, edits)
}

func noteID(client int) string { return fmt.Sprintf("note-%02d", client) }

// editor makes edits appends to its note, retrying each stale save; it returns the retries.
func editor(t *testing.T, s *Store, planID string, client, edits int) int64 {
	var retries int64
	var d *domain.Doc
	for i := 0; i < edits; {
		if d == nil {
			p, err := s.LoadPlan(ctx, planID)
			if err != nil {
				t.Error(err)
				return retries
			}
			d = &domain.Doc{Plan: p}
		}
		note := d.Plan.Notes[slicesIndex(d.Plan.Notes, noteID(client))]
		note.Text += fmt.Sprintf("%d,", i)
		e := domain.ReplaceItem{Coll: domain.CollNotes, Value: note}
		inv, err := d.Apply(e)
		if err == nil {
			err = s.SaveEdits(ctx, nil, d.Plan, []history.JournalEntry{{PlanID: planID, Author: noteID(client), Kind: history.JournalDo, Edit: e, Inverse: inv}})
		}
		switch {
		case domain.IsStale(err):
			d, retries = nil, retries+1
		case err != nil:
			t.Errorf("client %d, edit %d: %v", client, i, err)
			return retries
		default:
			i++
		}
	}
	return retries
}

func slicesIndex(notes []domain.Note, id string) int {
	for i, n := range notes {
		if n.ID == id {
			return i
		}
	}
	panic("no note " + id)
}

func checkEveryEdit(t *testing.T, s *Store, plans []string, clients, edits int) {
	var want strings.Builder
	want.WriteString("·")
	for i := range edits {
		fmt.Fprintf(&want, "%d,", i)
	}
	for c := range clients {
		p, err := s.LoadPlan(ctx, plans[c%2])
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Notes[slicesIndex(p.Notes, noteID(c))].Text; got != want.String() {
			t.Errorf("client %d's note holds %d characters, want %d: an acknowledged edit was lost", c, len(got), want.Len())
		}
		page, err := s.Journal().Page(ctx, plans[c%2], history.JournalQuery{Author: noteID(c)})
		if err != nil || len(page.Entries) != edits {
			t.Errorf("client %d's journal: %d entries, want %d (%v)", c, len(page.Entries), edits, err)
		}
	}
}
