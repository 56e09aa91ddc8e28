package csvimport_test

import (
	"strings"
	"testing"

	"kamplan/storage/csvimport"
)

// An accounts export carries the CRM's record id: it is kept, and a later export where
// the company has another name finds it by that id instead of creating it again.
func TestAccountsReimportMatchesByCRMID(t *testing.T) {
	s := seeded(t)
	if err := prepareAccounts(t, s, "hubspot_companies.csv").Save(ctx, s, "FY2027"); err != nil {
		t.Fatal(err)
	}
	a, err := s.AccountByName(ctx, "Herrajes Vascos")
	if err != nil || a.CRMID != "301" {
		t.Fatalf("%v %+v", err, a)
	}
	before, _ := s.Accounts(ctx)
	renamed := "Record ID,Company name,Industry\n301,Herrajes Vascos Group,Manufacturing\n"
	as, err := csvimport.ParseAccounts(strings.NewReader(renamed))
	if err != nil {
		t.Fatal(err)
	}
	ai, err := csvimport.PrepareAccounts(ctx, s, as, csvimport.PreferStored)
	if err != nil || len(ai.Create) != 0 || ai.Report.Unchanged != 1 {
		t.Fatalf("%v %+v", err, ai.Report.Counts())
	}
	if err := ai.Save(ctx, s, "FY2027"); err != nil {
		t.Fatal(err)
	}
	if after, _ := s.Accounts(ctx); len(after) != len(before) {
		t.Errorf("%d accounts, then %d", len(before), len(after))
	}
}

// A contacts export's Record ID (or Contact ID) is kept on the person; a later export
// where the person has another e-mail and surname finds them by that id.
func TestContactsReimportMatchesByCRMID(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	before, _ := s.LoadPlan(ctx, planID)
	first := "Record ID,First Name,Last Name,Email,Company Name\n701,Amaia,Etxeberria,amaia@aceros.es,\"Aceros del Norte, S.A.\"\n"
	again := "Contact ID,First Name,Last Name,Email,Company Name\n701,Amaia,Etxeberria Goñi,amaia.etxeberria@aceros.es,\"Aceros del Norte, S.A.\"\n"
	for i, file := range []string{first, again} {
		rep, err := csvimport.ImportContacts(ctx, s, planID, strings.NewReader(file), csvimport.ContactOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 && (rep.Created != 0 || !strings.Contains(notes(rep), "same CRM id")) {
			t.Errorf("%+v\n%s", rep.Counts(), notes(rep))
		}
	}
	p, _ := s.LoadPlan(ctx, planID)
	if len(p.Contacts) != len(before.Contacts)+1 {
		t.Fatalf("%d contacts, want %d", len(p.Contacts), len(before.Contacts)+1)
	}
	found := 0
	for _, c := range p.Contacts {
		if c.CRMID == "701" {
			found++
			if c.Name != "Amaia Etxeberria" || c.Email != "amaia@aceros.es" {
				t.Errorf("%+v", c) // the name and e-mail are who the person is here: they stay
			}
		}
	}
	if found != 1 {
		t.Errorf("%d contacts keep the CRM id 701", found)
	}
}
