package historylist

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/ui/locale"
)

// An entry is said with when, who, whether it was an undo or a redo, and the sections it
// changed; then its changes, at most linesPerEntry of them and how many more.
func TestAnEntryInWords(t *testing.T) {
	f := gen.Portfolio(2)[0]
	now := domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	at := time.Date(2027, 3, 14, 9, 5, 0, 0, time.Local)
	risks := func(n int) (domain.Batch, domain.Batch) {
		var ed, inv domain.Batch
		for i := range n {
			ed = append(ed, domain.SetField{Field: domain.FieldRisks, Value: fmt.Sprint("riesgo ", i+1)})
			inv = append(domain.Batch{domain.SetField{Field: domain.FieldRisks, Value: fmt.Sprint("riesgo ", i)}}, inv...)
		}
		return ed, inv
	}
	seven, sevenBack := risks(7)
	eight, eightBack := risks(8)
	tests := []struct {
		lang  string
		entry history.JournalEntry
		meta  string
		last  string
		lines int
	}{
		{"en", history.JournalEntry{At: at, Author: "Ane Goikoetxea", Kind: history.JournalDo, Edit: seven, Inverse: sevenBack},
			"14 Mar 2027, 09:05 · Ane Goikoetxea · Reviews, resources, risks and sign-off", "… and 1 more change", 7},
		{"en", history.JournalEntry{At: at, Author: " ", Kind: history.JournalUndo, Edit: eight, Inverse: eightBack},
			"14 Mar 2027, 09:05 · Unnamed · Undo · Reviews, resources, risks and sign-off", "… and 2 more changes", 7},
		{"es", history.JournalEntry{At: at, Author: "Jon Ander", Kind: history.JournalRedo, Edit: seven[:1], Inverse: sevenBack[6:]},
			"14/03/2027, 09:05 · Jon Ander · Rehacer · Revisiones, recursos, riesgos y aprobación", "Riesgos: «riesgo 0» → «riesgo 1»", 1},
		{"es", history.JournalEntry{At: at, Author: "Jon Ander", Kind: history.JournalDo,
			Edit: domain.SetField{Field: domain.FieldRisks, Value: "x"}, Inverse: domain.SetField{Field: domain.FieldRisks, Value: "x"}},
			"14/03/2027, 09:05 · Jon Ander", "No cambió nada de lo que muestra el plan", 1},
	}
	for _, tt := range tests {
		loc := locale.New(tt.lang)
		got := saidEntry(loc, locale.NewChangeWords(tt.lang, now, now), now, tt.entry)
		if got.meta != tt.meta || len(got.lines) != tt.lines || got.lines[len(got.lines)-1] != tt.last {
			t.Errorf("%s %s:\n%s\n%s", tt.lang, tt.entry.Kind, got.meta, strings.Join(got.lines, "\n"))
		}
	}
}
