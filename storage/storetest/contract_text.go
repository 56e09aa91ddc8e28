package storetest

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// Text from anywhere comes back as it was written: emoji, CJK, right-to-left, accents,
// quotes and long texts.
func oddText(t *testing.T, s Store) {
	f := gen.Portfolio(1)[0]
	f.Account.Name = "株式会社 Ñandú 🚀 \"Δ\" 'x' ; DROP TABLE accounts; --"
	f.Account.Notes = "مرحبا — עברית\ttab\nline"
	p := importPlan(t, s, f)
	long := string([]rune(strings.Repeat("Ünïcödé 漢字 🙂 ", 5000/13+1))[:5000])
	p.Context, p.Risks = long, "back\\slash %_ $1 \u200b zero-width"
	p.Notes = append(p.Notes, domain.Note{ID: "n-odd", Text: "😀😃😄 " + string([]rune(long)[:100])})
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.LoadPlan(ctx, p.ID)
	if err != nil || got.Context != long || got.Risks != p.Risks || got.Notes[len(got.Notes)-1].Text != p.Notes[len(p.Notes)-1].Text {
		t.Fatalf("odd text came back changed (%v)", err)
	}
	a, err := s.AccountByName(ctx, strings.ToUpper(f.Account.Name))
	if err != nil || a.Name != f.Account.Name || a.Notes != f.Account.Notes {
		t.Fatalf("odd account came back as %+v (%v)", a, err)
	}
}
