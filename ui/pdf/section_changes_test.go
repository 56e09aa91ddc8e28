package pdf

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/history"
)

// withSince gives the sample document a snapshot that differs from it as a review would
// find: the potential was 2.5 million and the first contact's relationship one level lower.
func withSince(t *testing.T, lang string, edition domain.Edition) (Document, string) {
	t.Helper()
	doc := sampleDocument(t, lang, edition)
	var snap history.Snapshot
	b, _ := json.Marshal(doc.Plan)
	if err := json.Unmarshal(b, &snap.Plan); err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(doc.Account)
	json.Unmarshal(b, &snap.Account)
	snap.SnapshotInfo = history.SnapshotInfo{ID: "s1", Kind: history.SnapshotSignOff, Label: "Revisión T3", At: time.Date(2026, 9, 30, 10, 0, 0, 0, time.Local)}
	snap.Plan.Wallet.Potential = 2_500_000_00
	doc.Plan.Wallet.Potential = 3_000_000_00
	snap.Plan.Contacts[0].RelNow, doc.Plan.Contacts[0].RelNow = domain.RelWorking, domain.RelStrong
	doc.Since = &snap
	return doc, doc.Plan.Contacts[0].Name
}

func TestWhatChangedSinceTheLastReview(t *testing.T) {
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{"Compared with the plan as it was in the snapshot “Revisión T3” of 30 Sep 2026 (sign-off).",
			"Total purchase potential: €2,500,000 → €3,000,000", "Contact %s: relationship now Working → Strong"}},
		{"es", []string{"Comparado con el plan tal como estaba en la instantánea «Revisión T3» del 30/09/2026 (aprobación).",
			"Potencial de compra total: 2.500.000 € → 3.000.000 €", "Contacto %s: relación actual Profesional → Sólida"}},
	}
	for _, tt := range tests {
		doc, name := withSince(t, tt.lang, domain.EditionInternal)
		pages := pageTexts(t, must(render(t, doc)))
		text := strings.Join(pages, "\n")
		flat := strings.ReplaceAll(text, "\n", " ") // the introduction wraps
		for _, w := range tt.want {
			if w = strings.Replace(w, "%s", name, 1); !strings.Contains(flat, w+" ") {
				t.Errorf("%s: no %q", tt.lang, w)
			}
		}
		title := assets.T(tt.lang, "pdf.s.changes")
		if !strings.Contains(pages[1], title+"\n") || !strings.Contains(text, assets.T(tt.lang, "history.section.wallet")+"\n") {
			t.Errorf("%s: the section is not in the contents or has no heading", tt.lang)
		}
	}
}

// The client edition never says what changed: the section lists internal assessments.
func TestTheClientEditionHasNoChangesSection(t *testing.T) {
	for _, lang := range assets.Languages {
		doc, name := withSince(t, lang, domain.EditionClient)
		text := allText(t, must(render(t, doc)))
		if strings.Contains(text, assets.T(lang, "pdf.s.changes")) || strings.Contains(text, name+": ") ||
			strings.Contains(text, "Revisión T3") {
			t.Errorf("%s: the client edition says what changed", lang)
		}
	}
}

func TestNothingChangedAndTooManyChanges(t *testing.T) {
	doc, _ := withSince(t, "en", domain.EditionInternal)
	doc.Plan.Wallet.Potential = doc.Since.Plan.Wallet.Potential
	doc.Plan.Contacts[0].RelNow = doc.Since.Plan.Contacts[0].RelNow
	if text := allText(t, must(render(t, doc))); !strings.Contains(text, "Nothing changed since then.") {
		t.Error("no change is not said")
	}
	for i := range doc.Plan.Actions {
		doc.Plan.Actions[i].Title += " (revisada)"
	}
	for i := range doc.Plan.Contacts {
		doc.Plan.Contacts[i].Notes += " Revisado."
		doc.Plan.Contacts[i].Department += " (nuevo)"
	}
	for i := range doc.Plan.Objectives {
		doc.Plan.Objectives[i].Rationale += " Revisado."
	}
	for i := range doc.Plan.KPIs {
		doc.Plan.KPIs[i].Name += " (revisado)"
	}
	n := len(doc.Plan.Actions) + 2*len(doc.Plan.Contacts) + len(doc.Plan.Objectives) + len(doc.Plan.KPIs)
	if n <= maxChanges {
		t.Fatalf("only %d changes: the sample is too small for this test", n)
	}
	text := allText(t, must(render(t, doc)))
	if want := itoa(n-maxChanges) + " more changes are not listed here."; !strings.Contains(text, want) {
		t.Errorf("no %q", want)
	}
}
