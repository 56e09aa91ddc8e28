package csvimport_test

import (
	"errors"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/storage/csvimport"
)

// A CRM export whose last activity is after today is refused as the editor refuses such a
// date, naming the file's line (not the contact's place in the plan); nothing is written.
func TestContactLastMetAfterTodayIsRefused(t *testing.T) {
	s := seeded(t)
	planID := acerosPlan(t, s)
	before, _ := s.LoadPlan(ctx, planID)
	file := "First Name,Last Name,Account Name,Email,Last Activity\n" +
		"Marta,Urquijo,\"Aceros del Norte, S.A.\",murquijo@acerosdelnorte.es,2999-01-15\n"
	_, err := csvimport.ImportContacts(ctx, s, planID, strings.NewReader(file), csvimport.ContactOptions{})
	var e *domain.Error
	if !errors.As(err, &e) || e.Key != "csv.last_contact_future" || !strings.Contains(e.Msg, "line 2: the last contact with Marta Urquijo") {
		t.Fatalf("import of a contact last met in 2999: %v", err)
	}
	if after, _ := s.LoadPlan(ctx, planID); len(after.Contacts) != len(before.Contacts) {
		t.Fatal("the refused import wrote contacts")
	}
	file = strings.Replace(file, "2999-01-15", "2026-01-15", 1)
	if _, err := csvimport.ImportContacts(ctx, s, planID, strings.NewReader(file), csvimport.ContactOptions{}); err != nil {
		t.Fatalf("a past last activity was refused: %v", err)
	}
}
