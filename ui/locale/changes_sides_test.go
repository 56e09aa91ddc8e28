package locale

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// A change said side by side: what changed, before, after.
func TestChangesSideBySide(t *testing.T) {
	f := gen.Portfolio(3)[1]
	now := domain.Doc{Account: &f.Account, Plan: &f.Plans[0]}
	c := f.Plans[0].Contacts[1]
	tests := []struct {
		lang                string
		change              history.Change
		what, before, after string
	}{
		{"en", history.Change{Kind: history.Changed, Field: "wallet.potential", Old: int64(250_000_000), New: int64(300_000_000)},
			"Total purchase potential", "€2,500,000", "€3,000,000"},
		{"es", history.Change{Kind: history.Changed, Coll: domain.CollContacts, ID: c.ID, Name: c.Name, Field: "rel_now", Old: 1, New: 3},
			"Contacto " + c.Name + " › relación actual", "Débil", "Sólida"},
		{"en", history.Change{Kind: history.Added, Coll: domain.CollActions, Name: "Visit the plant"}, "Action", "—", "Visit the plant"},
		{"es", history.Change{Kind: history.Removed, Coll: domain.CollNotes, Name: "Revisar"}, "Nota", "Revisar", "—"},
		{"en", history.Change{Kind: history.Added, Coll: history.CollKPIHistory, ID: "2027-03", Name: "Share", New: domain.Measurement{Period: "2027-03", Value: 85}},
			"KPI Share › value for Mar 2027", "—", "85"},
		{"es", history.Change{Kind: history.Changed, Coll: history.CollKPIHistory, ID: "2027-Q2", Name: "Cuota", Field: "value", Old: 80.0, New: 82.5},
			"Indicador Cuota › valor de T2 2027", "80", "82,5"},
		{"en", history.Change{Kind: history.Moved, Coll: domain.CollActions, Name: "Visit", Old: 0, New: 2}, "Action Visit", "place 1", "place 3"},
	}
	swot := f.Plans[0].SWOTs[0]
	tests = append(tests, struct {
		lang                string
		change              history.Change
		what, before, after string
	}{"es", history.Change{Kind: history.Changed, Coll: domain.CollSWOTs, ID: swot.ID, Field: "competitor", Old: "", New: "Acme"},
		"DAFO del cliente › competidor", "(vacío)", "«Acme»"})
	for _, tt := range tests {
		what, before, after := NewChangeWords(tt.lang, now, now).Sides(tt.change)
		if what != tt.what || before != tt.before || after != tt.after {
			t.Errorf("%s: got %q | %q | %q, want %q | %q | %q", tt.lang, what, before, after, tt.what, tt.before, tt.after)
		}
	}
}

// Read whole, a text is neither cut short nor quoted; as a change, it is both.
func TestWholeTexts(t *testing.T) {
	long := strings.Repeat("Una propuesta de valor larga. ", 10)
	c := history.Change{Kind: history.Changed, Field: "value_proposition", Old: "", New: long}
	w := NewChangeWords("es", domain.Doc{}, domain.Doc{})
	if got := w.Whole().Value(c, long); got != long {
		t.Errorf("read whole: %q", got)
	}
	if got := w.Value(c, long); got == long || !strings.HasPrefix(got, "«") || !strings.HasSuffix(got, "…»") {
		t.Errorf("as a change: %q", got)
	}
}
