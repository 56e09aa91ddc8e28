package privacy

import (
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

func holdings(t *testing.T) (Holdings, domain.Contact) {
	t.Helper()
	f := gen.Portfolio(1)[0]
	p := &f.Plans[0]
	p.Contacts[0].Name, p.Contacts[0].Email, p.Contacts[0].Phone = "Ana Ruiz", "ana.ruiz@cliente.es", "+34 911 222 333"
	p.Links = append(p.Links, domain.Link{ID: "l-x", From: p.Contacts[0].ID, To: p.Contacts[1].ID, Kind: domain.LinkInfluences})
	p.Risks = "Banana prices; Ana Ruiz may retire. Write to ANA.RUIZ@cliente.es"
	p.Reviews = append(p.Reviews, domain.Review{ID: "rv-x", Date: domain.NewDate(2026, 11, 16), ContactIDs: []string{p.Contacts[0].ID}},
		domain.Review{ID: "rv-y", Date: domain.NewDate(2026, 12, 1), ContactIDs: []string{p.Contacts[1].ID}})
	f.Account.Notes = "Ana Ruiz knows our CEO."
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	return Holdings{Account: &f.Account, Plans: []*domain.Plan{p}}, p.Contacts[0]
}

func TestFindByNameOrEmailInAnyCase(t *testing.T) {
	h, ana := holdings(t)
	removed := ana
	removed.ID, removed.Name, removed.Email = "gone-1", "Pedro Gil", "pgil@cliente.es"
	h.Journal = []history.JournalEntry{{PlanID: "p", Seq: 1, Edit: domain.RemoveItem{Coll: domain.CollContacts, ID: "gone-1"},
		Inverse: domain.AddItem{Coll: domain.CollContacts, At: 0, Value: removed}}}
	for _, tc := range []struct {
		query string
		id    string
	}{
		{"Ana Ruiz", ana.ID}, {"  ana ruiz ", ana.ID}, {"ANA.RUIZ@cliente.es", ana.ID},
		{"pgil@cliente.es", "gone-1"}, // deleted from the plan, still in its journal
		{"Ana", ""}, {"", ""}, {"nobody@example.com", ""},
	} {
		who := Find(h, tc.query)
		if (who == nil) != (tc.id == "") || (who != nil && !who.Is(tc.id)) {
			t.Errorf("Find(%q) = %+v, want the contact %q", tc.query, who, tc.id)
		}
	}
}

func TestScrubTextWipesWholeNamesOnly(t *testing.T) {
	h, _ := holdings(t)
	who := Find(h, "Ana Ruiz")
	for _, tc := range []struct{ in, want string }{
		{"Call Ana Ruiz today", "Call erased person today"},
		{"ana ruiz, ANA RUIZ.", "erased person, erased person."},
		{"Banana Ruizes", "Banana Ruizes"},
		{"mail ana.ruiz@cliente.es or +34 911 222 333", "mail erased person or erased person"},
	} {
		if got, _ := who.ScrubText(tc.in); got != tc.want {
			t.Errorf("ScrubText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestForgetRemovesThePersonAndWhatHangsOnThem(t *testing.T) {
	h, ana := holdings(t)
	p := h.Plans[0]
	who := Find(h, ana.Email)
	report := who.Report(h, ana.Email)
	attended := 0
	for _, r := range p.Reviews {
		if slices.Contains(r.ContactIDs, ana.ID) {
			attended++
		}
	}
	if len(report.Plans) != 1 || report.Plans[0].Links == 0 || report.Plans[0].Mentions != 1 || report.AccountMentions != 1 ||
		attended == 0 || report.Plans[0].Reviews != attended {
		t.Fatalf("the report is %+v", report)
	}
	if !who.ScrubAccount(h.Account) || h.Account.Notes != Erased+" knows our CEO." {
		t.Errorf("the account's notes read %q", h.Account.Notes)
	}
	if changed, err := who.Forget(p); err != nil || !changed {
		t.Fatalf("Forget = %v, %v", changed, err)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if p.FindContact(ana.ID) != nil || len(p.LinksOf(ana.ID)) > 0 || len(p.CoverageOf(ana.ID)) > 0 {
		t.Error("the person or what hangs on them is still in the plan")
	}
	for _, r := range p.Reviews {
		if slices.Contains(r.ContactIDs, ana.ID) {
			t.Errorf("review %s still lists the person among who took part", r.ID)
		}
	}
	if last := p.Reviews[len(p.Reviews)-1]; last.ID != "rv-y" || len(last.ContactIDs) != 1 {
		t.Errorf("a review, or another person's part in it, was lost: %+v", p.Reviews)
	}
	if want := "Banana prices; erased person may retire. Write to erased person"; p.Risks != want {
		t.Errorf("the risks read %q", p.Risks)
	}
}

func TestScrubEditKeepsTheShape(t *testing.T) {
	h, ana := holdings(t)
	who := Find(h, ana.Name)
	e := domain.Batch{domain.ReplaceItem{Coll: domain.CollContacts, Value: ana}, domain.SetField{Field: domain.FieldRisks, Value: "Ana Ruiz"}}
	got, changed := who.ScrubEdit(e)
	b := got.(domain.Batch)
	c := b[0].(domain.ReplaceItem).Value.(domain.Contact)
	if !changed || c.ID != ana.ID || c.Name != Erased || c.Email != "" || c.Phone != "" || c.Influence != 1 || b[1].(domain.SetField).Value != Erased {
		t.Errorf("ScrubEdit gave %+v", got)
	}
	if !who.Involves(domain.RemoveItem{Coll: domain.CollContacts, ID: ana.ID}) || who.Involves(domain.SetField{Field: domain.FieldRisks, Value: "x"}) {
		t.Error("Involves does not tell an edit about the person from one that is not")
	}
}
