package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/domain/gen"
	"kamplan/storage"
)

func benchStore(b *testing.B) *storage.Store {
	s, err := storage.OpenNoSeed(filepath.Join(b.TempDir(), "k.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkOpenHome1000 builds the portfolio home over 1,000 accounts and draws it (aim: under 150 ms).
func BenchmarkOpenHome1000(b *testing.B) {
	s := benchStore(b)
	for _, f := range gen.Portfolio(1000) {
		data, _ := storage.EncodePlanFile(f)
		if _, err := s.ImportJSON(ctx(), data, false); err != nil {
			b.Fatal(err)
		}
	}
	fa := test.NewTempApp(b)
	b.ResetTimer()
	for b.Loop() {
		a := New(fa, s, "en")
		a.win.Resize(fyne.NewSize(1280, 800))
		a.win.Canvas().Capture()
		a.win.Close()
	}
}

// BenchmarkOpenLargePlan opens a plan of 300 contacts and 500 actions in the editor and draws it (aim: under 200 ms).
func BenchmarkOpenLargePlan(b *testing.B) {
	s := benchStore(b)
	f := gen.LargePlan()
	data, _ := storage.EncodePlanFile(f)
	if _, err := s.ImportJSON(ctx(), data, false); err != nil {
		b.Fatal(err)
	}
	a := New(test.NewTempApp(b), s, "en")
	a.win.Resize(fyne.NewSize(1280, 800))
	b.ResetTimer()
	for b.Loop() {
		a.editor = nil
		a.openPlan(f.Account.ID, f.Plans[0].ID)
		a.win.Canvas().Capture()
	}
}

func ctx() context.Context { return context.Background() }
