package csvimport_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kamplan/storage"
	"kamplan/storage/csvimport"
)

var ctx = context.Background()

func seeded(t *testing.T) *storage.Store {
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestImportContactsIntoTheSamplePlan(t *testing.T) {
	s := seeded(t)
	a, _ := s.AccountByName(ctx, "Aceros del Norte, S.A.")
	rows, _ := s.Portfolio(ctx)
	var planID string
	for _, r := range rows {
		if r.AccountID == a.ID {
			planID = r.PlanID
		}
	}
	before, _ := s.LoadPlan(ctx, planID)
	f, _ := os.Open("testdata/salesforce_contacts.csv")
	defer f.Close()
	rep, err := csvimport.ImportContacts(ctx, s, planID, f)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := s.LoadPlan(ctx, planID)
	if rep.Added != 1 || rep.Updated != 3 || len(after.Contacts) != len(before.Contacts)+1 {
		t.Fatalf("report %+v; %d → %d contacts", rep, len(before.Contacts), len(after.Contacts))
	}
	begona := after.Contacts[1]
	if begona.Name != "Begoña Ibáñez" || begona.Attitude != before.Contacts[1].Attitude || begona.LastContact.String() != "2026-11-20" {
		t.Fatalf("merge changed the assessment or missed the newer activity: %+v", begona)
	}
	if len(rep.Problems) != 4 {
		t.Fatalf("problems %v", rep.Problems)
	}
}

func TestImportAccountsSkipsKnownOnes(t *testing.T) {
	s := seeded(t)
	f, _ := os.Open("testdata/salesforce_accounts.csv")
	defer f.Close()
	as, err := csvimport.ParseAccounts(f)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := csvimport.ImportAccounts(ctx, s, as.Rows, "FY2027")
	if err != nil {
		t.Fatal(err)
	}
	// Cementos del Ebro and Papelera Atlântica are in the sample under close spellings.
	if len(rep.Created) != 0 || len(rep.Existing) != 3 {
		t.Fatalf("created %v, existing %v", rep.Created, rep.Existing)
	}
}
