package postgres

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// The markers of the person to forget, and of another person who must stay.
var (
	forgetMarkers = []string{"Zorbamark", "zorba.mail.7731", "NOTEMARK-5521", "600 771 992"}
	otherMarker   = "KEEPMARK-3318"
)

const forgetEmail = "zorba.mail.7731@example.com"

// forgetFixture sets up the teams Norte (Ana) and Sur (Luis) and, in Ana's store, an account
// with two periods in which a person carrying the markers appears: edited many times,
// removed from the second period (which keeps them only in history), named in a snapshot's
// label and other texts, in three snapshots. It returns the schema's URL.
func forgetFixture(t *testing.T) (ana, luis *Store, schemaURL, accountID string, planIDs []string) {
	t.Helper()
	schemaURL = freshSchema(t)
	admin := openAt(t, schemaURL)
	for _, team := range []string{"Norte", "Sur"} {
		if err := admin.AddTeam(ctx, team); err != nil {
			t.Fatal(err)
		}
	}
	ana = openAs(t, addPerson(t, admin, schemaURL, "ana", "Norte", false))
	luis = openAs(t, addPerson(t, admin, schemaURL, "luis", "Sur", false))
	f := gen.Portfolio(1)[0]
	first := importInto(t, ana, f)
	d := docOf(t, ana, first.ID)
	content := f.Plans[0]
	content.ID, content.AccountID, content.Period, content.Version = first.ID, first.AccountID, first.Period, first.Version
	c := &content.Contacts[0]
	c.Name, c.Email, c.Phone, c.Notes = "Ilse Zorbamark", forgetEmail, "+34 600 771 992", "NOTEMARK-5521 plays golf on Fridays"
	content.Contacts[1].Notes = otherMarker + " prefers calls"
	pgEdit(t, ana, d, history.JournalDo, domain.ReplaceContent{Plan: &content})
	second, err := ana.RollForward(ctx, first.ID, "FY2099")
	if err != nil {
		t.Fatal(err)
	}
	editThePerson(t, ana, []string{first.ID, second.ID}, c.ID)
	return ana, luis, schemaURL, first.AccountID, []string{first.ID, second.ID}
}

func docOf(t testing.TB, s *Store, planID string) *domain.Doc {
	t.Helper()
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Account(ctx, p.AccountID)
	if err != nil {
		t.Fatal(err)
	}
	return &domain.Doc{Account: a, Plan: p}
}

func pgEdit(t testing.TB, s *Store, d *domain.Doc, kind history.JournalKind, e domain.Edit) error {
	t.Helper()
	inv, err := d.Apply(e)
	if err != nil {
		return err
	}
	entry := history.JournalEntry{PlanID: d.Plan.ID, Author: "Ana", Kind: kind, Edit: e, Inverse: inv}
	if err := s.SaveEdits(ctx, d.Account, d.Plan, []history.JournalEntry{entry}); err != nil {
		t.Fatalf("saving %#v: %v", e, err)
	}
	return nil
}

func editThePerson(t *testing.T, s *Store, planIDs []string, contactID string) {
	t.Helper()
	d := docOf(t, s, planIDs[0])
	keepSnapshot(t, s, planIDs[0], history.SnapshotManual, "Before meeting Ilse Zorbamark")
	for i, notes := range []string{"NOTEMARK-5521 asked for a visit", "NOTEMARK-5521 met twice", "NOTEMARK-5521 wants a discount"} {
		c := *d.Plan.FindContact(contactID)
		c.Notes, c.Attitude = notes, i-1
		pgEdit(t, s, d, history.JournalDo, domain.ReplaceItem{Coll: domain.CollContacts, Value: c})
	}
	pgEdit(t, s, d, history.JournalDo, domain.SetField{Field: domain.FieldRisks, Value: "Ilse Zorbamark may leave; write to " + forgetEmail})
	pgEdit(t, s, d, history.JournalDo, domain.SetField{Field: domain.FieldContext, Value: "A context that names nobody."})
	keepSnapshot(t, s, planIDs[0], history.SnapshotSignOff, "")
	d2 := docOf(t, s, planIDs[1])
	keepSnapshot(t, s, planIDs[1], history.SnapshotExport, "internal")
	for _, c := range d2.Plan.Contacts {
		if c.Email == forgetEmail { // the roll forward gave them an id of its own
			contactID = c.ID
		}
	}
	if err := pgEdit(t, s, d2, history.JournalDo, domain.RemoveItem{Coll: domain.CollContacts, ID: contactID}); err != nil {
		t.Fatal(err)
	}
	pgEdit(t, s, d2, history.JournalDo, domain.SetField{Field: domain.FieldResources, Value: "Two engineers."})
}

func keepSnapshot(t *testing.T, s *Store, planID string, kind history.SnapshotKind, label string) {
	t.Helper()
	if _, err := s.Snapshots().Create(ctx, planID, kind, label, "Ana"); err != nil {
		t.Fatal(err)
	}
}

// markersInRows reads, as the superuser (no row-level security), every row of every table of
// the schema as text and lists the markers found and where.
func markersInRows(t *testing.T, schemaURL string, markers ...string) []string {
	t.Helper()
	conn, err := pgx.Connect(ctx, schemaURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
	if err != nil {
		t.Fatal(err)
	}
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || len(tables) < 5 {
		t.Fatalf("the tables of the schema: %v, %v", tables, err)
	}
	var found []string
	for _, table := range tables {
		rows, err := conn.Query(ctx, "SELECT t::text FROM "+pgx.Identifier{table}.Sanitize()+" t")
		if err != nil {
			t.Fatal(err)
		}
		texts, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range markers {
			for _, text := range texts {
				// a JSON document writes some characters escaped: read it as the person would
				if strings.Contains(strings.ToLower(unescape(text)), strings.ToLower(m)) {
					found = append(found, table+": "+m)
					break
				}
			}
		}
	}
	return found
}

func unescape(text string) string {
	var s string
	if json.Unmarshal([]byte(`"`+strings.ReplaceAll(text, `"`, `\"`)+`"`), &s) != nil {
		return text
	}
	return text + s
}

func TestForgetPersonOnTheTeamStoreLeavesNoRowWithThem(t *testing.T) {
	ana, _, schemaURL, accountID, planIDs := forgetFixture(t)
	if found := markersInRows(t, schemaURL, forgetMarkers...); len(found) < len(forgetMarkers) {
		t.Fatalf("the fixture does not write every marker: %v", found)
	}
	report, err := ana.PersonReport(ctx, accountID, forgetEmail)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ana.ForgetPerson(ctx, accountID, "ilse zorbamark", nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Records < report.Records() || e.Account == "" {
		t.Errorf("the erasure logs %d records of %q, the report listed %d places", e.Records, e.Account, report.Records())
	}
	if found := markersInRows(t, schemaURL, forgetMarkers...); len(found) > 0 {
		t.Fatalf("the person is still in the team store: %v", found)
	}
	if found := markersInRows(t, schemaURL, otherMarker); len(found) == 0 {
		t.Fatal("forgetting one person wiped another")
	}
	checkPlansAfterForget(t, ana, planIDs)
}

// checkPlansAfterForget checks that every plan loads, validates and undoes all the way back
// without the person coming back, that the snapshots read and validate, and that the
// erasure is logged.
func checkPlansAfterForget(t *testing.T, s *Store, planIDs []string) {
	t.Helper()
	for _, id := range planIDs {
		d := docOf(t, s, id)
		if err := d.Plan.Validate(); err != nil {
			t.Fatalf("plan %s no longer validates: %v", d.Plan.Period, err)
		}
		undo, _, err := s.Journal().UndoTail(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(undo) == 0 && id == planIDs[1] {
			t.Errorf("plan %s: the erasure emptied an undo stack that did not hold the person", d.Plan.Period)
		}
		for i := len(undo) - 1; i >= 0; i-- {
			if err := pgEdit(t, s, d, history.JournalUndo, undo[i].Inverse); err != nil {
				t.Fatalf("plan %s: undo %d fails after the erasure: %v", d.Plan.Period, undo[i].Seq, err)
			}
			b, _ := json.Marshal(d.Plan)
			if strings.Contains(string(b), "Zorbamark") {
				t.Fatalf("plan %s: undo brought the person back", d.Plan.Period)
			}
		}
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
	if err != nil || len(log) != 1 || log[0].Author == "" || log[0].Records == 0 {
		t.Fatalf("the erasure log is %+v (%v)", log, err)
	}
}

func TestPersonExportOnTheTeamStoreListsWhatForgetListsAndNobodyElse(t *testing.T) {
	ana, _, _, accountID, _ := forgetFixture(t)
	r, err := ana.PersonReport(ctx, accountID, forgetEmail)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Plans) != 1 || len(r.Snapshots) != 3 || len(r.Journals) != 2 {
		t.Errorf("the report lists %d plans, %d snapshots and journals of %d plans; want 1, 3 and 2", len(r.Plans), len(r.Snapshots), len(r.Journals))
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), otherMarker) {
		t.Error("the export of one person holds another's notes")
	}
	for _, m := range []string{"Zorbamark", "NOTEMARK-5521", forgetEmail} {
		if !strings.Contains(string(b), m) {
			t.Errorf("the export lacks %q", m)
		}
	}
	e, err := ana.ForgetPerson(ctx, accountID, forgetEmail, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Records < r.Records() {
		t.Errorf("the forget rewrote %d records, the export listed %d places", e.Records, r.Records())
	}
}

func TestAKAMOfAnotherTeamCannotForgetOrExportThePerson(t *testing.T) {
	ana, luis, schemaURL, accountID, _ := forgetFixture(t)
	defer func() {
		if _, err := ana.ForgetPerson(ctx, accountID, forgetEmail, nil); err != nil {
			t.Fatal(err)
		}
		if log, err := luis.Erasures(ctx); err != nil || len(log) != 0 {
			t.Errorf("Luis reads the erasures of Norte's accounts: %+v, %v", log, err)
		}
	}()
	_, err := luis.PersonReport(ctx, accountID, forgetEmail)
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.CodeNotFound {
		t.Errorf("Luis's export of a person of Norte's account: %v; want not found", err)
	}
	_, err = luis.ForgetPerson(ctx, accountID, forgetEmail, nil)
	if !errors.As(err, &de) || de.Code != domain.CodeNotFound {
		t.Errorf("Luis's erasure of a person of Norte's account: %v; want not found", err)
	}
	if found := markersInRows(t, schemaURL, forgetMarkers...); len(found) < len(forgetMarkers) {
		t.Errorf("Luis's refused erasure changed Norte's rows: markers left %v", found)
	}
	if log, err := ana.Erasures(ctx); err != nil || len(log) != 0 {
		t.Errorf("a refused erasure was logged: %+v, %v", log, err)
	}
	if _, err := ana.PersonReport(ctx, accountID, forgetEmail); err != nil {
		t.Errorf("Ana no longer finds the person: %v", err)
	}
}

// A director of another team may export what Norte's account holds on the person, but not
// erase them there.
func TestADirectorOfAnotherTeamExportsButCannotForget(t *testing.T) {
	ana, _, schemaURL, accountID, _ := forgetFixture(t)
	dir := openAs(t, addPerson(t, openAt(t, schemaURL), schemaURL, "dir", "Sur", true))
	if _, err := dir.PersonReport(ctx, accountID, forgetEmail); err != nil {
		t.Fatalf("the director's export: %v", err)
	}
	if _, err := dir.ForgetPerson(ctx, accountID, forgetEmail, nil); err == nil || !strings.Contains(err.Error(), "not change it") {
		t.Errorf("the director's erasure in another team's account: %v; want refused as read-only", err)
	}
	if _, err := ana.PersonReport(ctx, accountID, forgetEmail); err != nil {
		t.Errorf("the refused erasure changed the account: %v", err)
	}
}

// The tables' owner compacts them after an erasure (VACUUM FULL gives them new files); a
// KAM's role, which may not, leaves that to the administrator.
func TestTheOwnerCompactsTheTablesAfterAnErasure(t *testing.T) {
	ana, _, schemaURL, accountID, _ := forgetFixture(t)
	owner := openAt(t, schemaURL)
	fileOf := func() (n int64) {
		if err := owner.pool.QueryRow(ctx, "SELECT pg_relation_filenode('journal')::bigint").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := fileOf()
	if _, err := ana.ForgetPerson(ctx, accountID, forgetEmail, nil); err != nil {
		t.Fatal(err)
	}
	if fileOf() != before {
		t.Fatal("a KAM's erasure rewrote the tables: their role may not")
	}
	if _, err := owner.ForgetPerson(ctx, accountID, otherMarker, nil); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("a person nobody is named like: %v", err)
	}
	var name string
	if err := owner.pool.QueryRow(ctx, "SELECT doc->'contacts'->1->>'name' FROM plans WHERE account_id = $1 LIMIT 1", accountID).Scan(&name); err != nil {
		t.Fatal(err)
	}
	if _, err := owner.ForgetPerson(ctx, accountID, name, nil); err != nil {
		t.Fatal(err)
	}
	if fileOf() == before {
		t.Error("the owner's erasure did not compact the tables")
	}
}

// The retention drops the history older than the cutoff of the plans a KAM may change, and
// undo then stops where it went.
func TestRetentionOnTheTeamStoreDropsOldHistory(t *testing.T) {
	ana, luis, _, _, planIDs := forgetFixture(t)
	if d, err := luis.DropHistoryBefore(ctx, time.Now().Add(time.Hour)); err != nil || d.Entries+d.Snapshots != 0 {
		t.Errorf("Luis's retention reached Norte's plans: %+v, %v", d, err)
	}
	d, err := ana.DropHistoryBefore(ctx, time.Now().Add(time.Hour))
	if err != nil || d.Entries < 8 || d.Snapshots != 3 {
		t.Fatalf("dropped %+v, %v; want every entry and the 3 snapshots", d, err)
	}
	for _, id := range planIDs {
		undo, redo, err := ana.Journal().UndoTail(ctx, id, 0)
		if err != nil || len(undo)+len(redo) != 0 {
			t.Errorf("plan %s: undo %d, redo %d after the history went (%v)", id, len(undo), len(redo), err)
		}
	}
}
