package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// BenchmarkTypingInALongMixedScriptNote types a key at the end of a 5,000-character note that
// mixes Latin, an emoji and Chinese/Japanese, in the app's theme: each key lays the note out
// again. With a CJK font on the system (make deps installs one) a key takes about 0.1 s on the
// 2-core workplace machine (0.2 s with DejaVu Sans as the window's face, whose OpenType layout
// tables the shaper reads for every run); without, Fyne 2.7 looks for every Chinese character
// again in every font it holds, one more each time, and three keys took over a minute.
func BenchmarkTypingInALongMixedScriptNote(b *testing.B) {
	fa := test.NewTempApp(b)
	fa.Settings().SetTheme(newAppTheme())
	w := fa.NewWindow("note")
	note := widget.NewMultiLineEntry()
	note.Wrapping = fyne.TextWrapWord
	w.SetContent(note)
	w.Resize(fyne.NewSize(600, 400))
	note.SetText(strings.Repeat("Línea de notas ñ € — 🚀 東京 ", 200))
	b.ResetTimer()
	for b.Loop() {
		test.Type(note, "a")
	}
}
