package storage

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
)

// The markers of the person to forget, and of another person who must stay.
var (
	forgetMarkers = []string{"Zorbamark", "zorba.mail.7731", "NOTEMARK-5521", "600 771 992"}
	otherMarker   = "KEEPMARK-3318"
)

const forgetEmail = "zorba.mail.7731@example.com"

// forgetFixture makes an account with two periods in which a person whose name, e-mail, phone
// and notes carry markers appears: edited many times, removed from the second period (which
// keeps them only in history), named in a snapshot's label and in other texts, in three
// snapshots. Another contact carries otherMarker.
func forgetFixture(t *testing.T) (path string, accountID string, planIDs []string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "kamplan.db")
	s, err := OpenNoSeed(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := gen.Portfolio(1)[0]
	p := &f.Plans[0]
	p.Contacts[0].Name, p.Contacts[0].Email = "Ilse Zorbamark", forgetEmail
	p.Contacts[0].Phone, p.Contacts[0].Notes = "+34 600 771 992", "NOTEMARK-5521 plays golf on Fridays"
	p.Contacts[1].Notes = otherMarker + " prefers calls"
	next := clonePlan(t, *p)
	next.ID, next.Period = domain.NewID(), "FY2028"
	f.Plans = append(f.Plans, next)
	importFile(t, s, f)
	for _, pl := range f.Plans {
		planIDs = append(planIDs, pl.ID)
	}
	editThePerson(t, s, planIDs, p.Contacts[0].ID)
	return path, f.Account.ID, planIDs
}

func clonePlan(t *testing.T, p domain.Plan) domain.Plan {
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var c domain.Plan
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func editThePerson(t *testing.T, s *Store, planIDs []string, contactID string) {
	t.Helper()
	d := docOf(t, s, planIDs[0])
	keepSnapshotOf(t, s, planIDs[0], history.SnapshotManual, "Before meeting Ilse Zorbamark")
	for i, notes := range []string{"NOTEMARK-5521 asked for a visit", "NOTEMARK-5521 met twice", "NOTEMARK-5521 wants a discount"} {
		c := *d.Plan.FindContact(contactID)
		c.Notes, c.Attitude = notes, i-1
		edit(t, s, d, history.JournalDo, "Ana", domain.ReplaceItem{Coll: domain.CollContacts, Value: c})
	}
	edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: domain.FieldRisks, Value: "Ilse Zorbamark may leave; write to " + forgetEmail})
	edit(t, s, d, history.JournalDo, "Ana", domain.SetField{Field: domain.FieldContext, Value: "A context that names nobody."})
	keepSnapshotOf(t, s, planIDs[0], history.SnapshotSignOff, "")
	d2 := docOf(t, s, planIDs[1])
	keepSnapshotOf(t, s, planIDs[1], history.SnapshotExport, "internal")
	edit(t, s, d2, history.JournalDo, "Luis", domain.RemoveItem{Coll: domain.CollContacts, ID: contactID})
	edit(t, s, d2, history.JournalDo, "Luis", domain.SetField{Field: domain.FieldResources, Value: "Two engineers."})
}

func keepSnapshotOf(t *testing.T, s *Store, planID string, kind history.SnapshotKind, label string) {
	t.Helper()
	if _, err := s.Snapshots().Create(ctx, planID, kind, label, "Ana"); err != nil {
		t.Fatal(err)
	}
}

// markersIn lists the markers found in the raw bytes of the database file and its log. The
// store must be closed: a descriptor of the file closed in the process would drop SQLite's locks.
func markersIn(t *testing.T, path string, markers ...string) []string {
	t.Helper()
	var found []string
	for _, file := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(file)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range markers {
			if bytes.Contains(bytes.ToLower(b), bytes.ToLower([]byte(m))) {
				found = append(found, filepath.Base(file)+": "+m)
			}
		}
	}
	return found
}

func TestForgetPersonLeavesNoByteOfThemInTheFiles(t *testing.T) {
	path, accountID, planIDs := forgetFixture(t)
	if found := markersIn(t, path, forgetMarkers...); len(found) < len(forgetMarkers) {
		t.Fatalf("the fixture does not write every marker to the file: %v", found)
	}
	s, err := OpenNoSeed(path)
	if err != nil {
		t.Fatal(err)
	}
	report, err := s.PersonReport(ctx, accountID, forgetEmail)
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.ForgetPerson(ctx, accountID, "ilse zorbamark", nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Records < report.Records() || e.Account == "" {
		t.Errorf("the erasure logs %d records of %q, the report listed %d places", e.Records, e.Account, report.Records())
	}
	s.Close()
	if found := markersIn(t, path, forgetMarkers...); len(found) > 0 {
		t.Fatalf("the person is still in the files: %v", found)
	}
	if found := markersIn(t, path, otherMarker); len(found) == 0 {
		t.Fatal("forgetting one person wiped another")
	}
	checkPlansAfterForget(t, path, planIDs)
}

func isErased(c domain.Contact) bool { return c.Name == privacy.Erased }

// checkPlansAfterForget checks that every plan validates and undoes all the way back
// without the person coming back, and that the erasure is logged.
func checkPlansAfterForget(t *testing.T, path string, planIDs []string) {
	t.Helper()
	s, err := OpenNoSeed(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, id := range planIDs {
		d := docOf(t, s, id)
		if len(undo0(t, s, id)) == 0 && id == planIDs[1] {
			t.Errorf("plan %s: the erasure emptied an undo stack that did not hold the person", d.Plan.Period)
		}
		if err := d.Plan.Validate(); err != nil {
			t.Fatalf("plan %s no longer validates: %v", d.Plan.Period, err)
		}
		undo, _, err := s.Journal().UndoTail(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		for i := len(undo) - 1; i >= 0; i-- {
			if err := edit(t, s, d, history.JournalUndo, "Ana", undo[i].Inverse); err != nil {
				t.Fatalf("plan %s: undo %d fails after the erasure: %v", d.Plan.Period, undo[i].Seq, err)
			}
			if strings.Contains(stateOf(t, d), "Zorbamark") || slices.ContainsFunc(d.Plan.Contacts, isErased) {
				t.Fatalf("plan %s: undo brought the person back", d.Plan.Period)
			}
		}
	}
	for _, id := range planIDs {
		infos, _ := s.Snapshots().List(ctx, id)
		for _, info := range infos {
			snap, err := s.Snapshots().Read(ctx, info.ID)
			if err != nil {
				t.Fatal(err)
			}
			if err := snap.Plan.Validate(); err != nil || strings.Contains(snap.Label, "Zorbamark") {
				t.Errorf("snapshot %q no longer validates (%v) or names the person", snap.Label, err)
			}
		}
	}
	log, err := s.Erasures(ctx)
	if err != nil || len(log) != 1 || log[0].Author == "" {
		t.Fatalf("the erasure log is %+v (%v)", log, err)
	}
}

func undo0(t *testing.T, s *Store, planID string) []history.JournalEntry {
	t.Helper()
	undo, _, err := s.Journal().UndoTail(ctx, planID, 0)
	if err != nil {
		t.Fatal(err)
	}
	return undo
}
