package historylist

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
)

// BenchmarkHistoryOf10000Edits lists the history of the large generated plan (300 contacts,
// 500 actions, 50 KPIs) whose journal holds 10,000 random edits of every kind (aim: listed
// under 100 ms): its newest page, the newest of one section and one person, and the oldest
// page. "built" reads the store and makes the page; "shown" also draws the window with the
// test driver's software painter.
func BenchmarkHistoryOf10000Edits(b *testing.B) {
	s := uitest.NewShell(b, "en")
	f := gen.LargePlan()
	data, err := storage.EncodePlanFile(f)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.DB.ImportJSON(context.Background(), data, false); err != nil {
		b.Fatal(err)
	}
	now := domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	uitest.RandomJournal(b, s.DB, now.Copy(), 10_000)
	s.Win.Resize(fyne.NewSize(1280, 800))
	l := New(s, f.Plans[0].ID, func() {})
	cases := []struct {
		name    string
		section history.Section
		author  string
		before  int64
	}{
		{"newest", "", "", 0},
		{"contacts by one person", history.SectionContacts, "Jon Ander", 0},
		{"oldest", "", "", PageSize + 1},
	}
	for _, c := range cases {
		l.section, l.author, l.before = c.section, c.author, c.before
		b.Run(c.name+"/built", func(b *testing.B) {
			for b.Loop() {
				l.View(now)
			}
		})
		b.Run(c.name+"/shown", func(b *testing.B) {
			for b.Loop() {
				s.Show(l.View(now))
				s.Win.Canvas().Capture()
			}
		})
		if page, err := l.read(); err != nil || len(page.Entries) != PageSize {
			b.Fatalf("%s: %d entries listed: %v", c.name, len(page.Entries), err)
		}
	}
}
