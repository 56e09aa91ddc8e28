package pdf

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/review"
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

// The sample plan was imported after its latest review (16/11/2026), so its journal cannot
// say what changed since the review: the internal pack never says nothing changed; it says
// the history begins after the review and lists what changed since it begins.
func TestWhatChangedOfAPlanImportedAfterItsReview(t *testing.T) {
	edited := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	tests := []struct {
		lang      string
		edit      bool
		want      []string
		wantEntry bool // the edit made after the import is listed
	}{
		{"es", false, []string{"El historial de este plan no llega hasta su revisión del 16/11/2026"}, false},
		{"en", false, []string{"This plan's history does not reach back to its review of 16 Nov 2026"}, false},
		{"es", true, []string{"El historial de este plan empieza el 07/12/2026, después de su revisión del 16/11/2026"}, true},
		{"en", true, []string{"This plan's history begins on 7 Dec 2026, after its review of 16 Nov 2026"}, true},
	}
	for _, tt := range tests {
		doc := sampleDocument(t, tt.lang, domain.EditionInternal)
		doc.Review, doc.Today = true, domain.NewDate(2026, 12, 7)
		doc.Since = sinceImported(t, &doc, tt.edit, edited)
		flat := strings.Join(strings.Fields(allText(t, must(render(t, doc)))), " ")
		if strings.Contains(flat, assets.T(tt.lang, "history.none")) {
			t.Errorf("%s, edited %v: the pack says nothing changed since the review", tt.lang, tt.edit)
		}
		for _, w := range tt.want {
			if !strings.Contains(flat, w) {
				t.Errorf("%s, edited %v: no %q", tt.lang, tt.edit, w)
			}
		}
		if got := strings.Contains(flat, "→ «Comité de dirección»") || strings.Contains(flat, "→ “Comité de dirección”"); got != tt.wantEntry {
			t.Errorf("%s, edited %v: the edit since the import listed %v, want %v", tt.lang, tt.edit, got, tt.wantEntry)
		}
	}
}

// sinceImported is what the pack compares the sample with (review.SinceLatest), from the
// journal of a store the sample was imported into; edit saves a change of "prepared for"
// at the time given, after the import.
func sinceImported(t *testing.T, doc *Document, edit bool, at time.Time) *history.Snapshot {
	t.Helper()
	ctx := context.Background()
	s := sampleStore(t)
	d := domain.Doc{Account: &doc.Account, Plan: doc.Plan}
	if edit {
		e := domain.SetField{Field: domain.FieldPreparedFor, Value: "Comité de dirección"}
		inv, err := d.Apply(e)
		if err != nil {
			t.Fatal(err)
		}
		entry := history.JournalEntry{PlanID: d.Plan.ID, At: at, Author: "Ane", Kind: history.JournalDo, Edit: e, Inverse: inv}
		if err := s.SaveEdits(ctx, nil, d.Plan, []history.JournalEntry{entry}); err != nil {
			t.Fatal(err)
		}
	}
	since, err := review.SinceLatest(ctx, s.Journal(), d)
	if err != nil || since == nil {
		t.Fatalf("since the latest review: %v, %v", since, err)
	}
	return since
}
