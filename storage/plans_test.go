package storage

import (
	"encoding/json"
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

func importFile(t testing.TB, s *Store, f domain.PlanFile) *domain.Plan {
	t.Helper()
	b, err := EncodePlanFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportJSON(ctx, b, false); err != nil {
		t.Fatal(err)
	}
	p, err := s.LoadPlan(ctx, f.Plans[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func countItems(t *testing.T, s *Store) int {
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM plan_items").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLoadGivesBackWhatWasSaved(t *testing.T) {
	s := tempStore(t)
	f := gen.LargePlan()
	p := importFile(t, s, f)
	want := f.Plans[0]
	want.Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(p)
	if string(a) != string(b) {
		t.Fatal("the loaded plan differs from the imported one")
	}
}

// changedRows counts rows whose body or position changed, by comparing snapshots.
func snapshot(t *testing.T, s *Store) map[string]string {
	rows, err := s.db.Query("SELECT kind || '/' || id, pos || ':' || body FROM plan_items")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		rows.Scan(&k, &v)
		m[k] = v
	}
	return m
}

func TestSaveWritesOnlyWhatChanged(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.LargePlan())
	before := snapshot(t, s)
	p.Contacts[7].Title = "Directora de compras"
	p.Actions = append(p.Actions[:3], p.Actions[4:]...)
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, s)
	changed := 0
	for k, v := range after {
		if before[k] != v {
			changed++
		}
	}
	// the edited contact, and every action after the deleted one moved up one place
	if want := 1 + (500 - 4); changed != want || len(after) != len(before)-1 {
		t.Fatalf("%d rows changed, %d → %d rows; want %d changed and one row fewer", changed, len(before), len(after), want)
	}
	q, _ := s.LoadPlan(ctx, p.ID)
	if q.Contacts[7].Title != "Directora de compras" || len(q.Actions) != 499 {
		t.Fatal("the edit did not persist")
	}
}

func TestInvalidSaveWritesNothing(t *testing.T) {
	s := tempStore(t)
	p := importFile(t, s, gen.LargePlan())
	before := snapshot(t, s)
	p.Contacts[3].Influence = 7
	p.Contacts[4].Name = "Nuevo nombre"
	err := s.SavePlan(ctx, p)
	ps, ok := err.(domain.Problems)
	if !ok || ps[0].Path != "contacts[3].influence" {
		t.Fatalf("error %v", err)
	}
	if !reflect.DeepEqual(before, snapshot(t, s)) {
		t.Fatal("an invalid save changed the database")
	}
}

func TestSaveAfterReopenAndStaleCache(t *testing.T) {
	path := t.TempDir() + "/k.db"
	s, _ := OpenNoSeed(path)
	p := importFile(t, s, gen.Portfolio(1)[0])
	s.Close()
	s, _ = OpenNoSeed(path) // nothing cached: SavePlan must read what is stored
	defer s.Close()
	p.Notes = append(p.Notes, domain.Note{ID: "n-new", Text: "Añadida"})
	p.Wallet.Revenue++
	if err := s.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	q, _ := s.LoadPlan(ctx, p.ID)
	if len(q.Notes) != len(p.Notes) || q.Wallet.Revenue != p.Wallet.Revenue {
		t.Fatal("save without a cache lost the edit")
	}
	rows, _ := s.Portfolio(ctx)
	if rows[0].Revenue != p.Wallet.Revenue {
		t.Fatal("portfolio summary not updated")
	}
}

func TestAccounts(t *testing.T) {
	s := tempStore(t)
	a := &domain.Account{Name: "  Aceros del Norte ", Tier: domain.TierStrategic}
	p, err := s.CreateAccount(ctx, a, "FY2027")
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "Aceros del Norte" || p.AccountID != a.ID || len(p.SWOTs) != 2 {
		t.Fatalf("created %+v %+v", a, p)
	}
	tests := []struct {
		name    string
		account domain.Account
		period  string
		code    domain.Code
	}{
		{"same name, other case", domain.Account{Name: "ACEROS DEL NORTE", Tier: domain.TierKey}, "FY2027", domain.CodeConflict},
		{"no name", domain.Account{Tier: domain.TierKey}, "FY2027", domain.CodeInvalid},
		{"no period", domain.Account{Name: "Otra", Tier: domain.TierKey}, "", domain.CodeInvalid},
		{"bad tier", domain.Account{Name: "Otra", Tier: "gold"}, "FY2027", domain.CodeInvalid},
	}
	for _, tt := range tests {
		acc := tt.account
		if _, err := s.CreateAccount(ctx, &acc, tt.period); domain.CodeOf(err) != tt.code {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.code)
		}
	}
	a.Industry = "Siderurgia"
	if err := s.SaveAccount(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Account(ctx, a.ID)
	if got.Industry != "Siderurgia" {
		t.Fatal("account edit lost")
	}
	if err := s.DeleteAccount(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadPlan(ctx, p.ID); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("plan survived its account: %v", err)
	}
	if countItems(t, s) != 0 {
		t.Fatal("rows of a deleted plan remain")
	}
}

func TestRollForward(t *testing.T) {
	s := tempStore(t)
	src := importFile(t, s, gen.LargePlan())
	next, err := s.RollForward(ctx, src.ID, "FY2028")
	if err != nil {
		t.Fatal(err)
	}
	open := 0
	for _, a := range src.Actions {
		if a.Open() {
			open++
		}
	}
	if next.Period != "FY2028" || next.ID == src.ID || len(next.Actions) != open || len(next.Contacts) != 300 {
		t.Fatalf("rolled plan: %s, %d actions (want %d)", next.Period, len(next.Actions), open)
	}
	if next.Contacts[5].ID == src.Contacts[5].ID || next.Contacts[5].ReportsTo == src.Contacts[5].ReportsTo {
		t.Fatal("ids were not renewed")
	}
	if next.Commitment.InternalApproval.Done() {
		t.Fatal("the new plan kept the old sign-off")
	}
	loaded, err := s.LoadPlan(ctx, next.ID)
	if err != nil || loaded.Validate() != nil {
		t.Fatalf("rolled plan invalid: %v", err)
	}
	if _, err := s.RollForward(ctx, src.ID, "FY2028"); domain.CodeOf(err) != domain.CodeConflict {
		t.Fatalf("a second FY2028 gave %v", err)
	}
	rows, _ := s.Portfolio(ctx)
	if len(rows) != 2 || rows[0].Period != "FY2028" {
		t.Fatalf("portfolio after rolling forward: %+v", rows)
	}
}

func TestSettings(t *testing.T) {
	s := seededStore(t)
	st, _ := s.Settings(ctx)
	if st.Paper != "a4" || len(st.Factors) != 6 || st.Cutoff != 5.5 {
		t.Fatalf("default settings %+v", st)
	}
	bad := st
	bad.Factors = append([]domain.Factor(nil), st.Factors...)
	bad.Factors[0].Weight += 5
	bad.Accent, bad.Paper, bad.Logo, bad.DocTheme = "blue", "A3", []byte("not an image"), "baroque"
	err := s.SaveSettings(ctx, &bad)
	ps, _ := err.(domain.Problems)
	if len(ps) != 5 {
		t.Fatalf("want 5 problems (weights, accent, paper, logo, document theme), got %v", err)
	}
	before, _ := s.Portfolio(ctx)
	st.Cutoff = 9.5 // every account becomes low on both axes
	st.CompanyName, st.DocTheme = "Tecnologías Industriales", "classic"
	if err := s.SaveSettings(ctx, &st); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Portfolio(ctx)
	for i := range after {
		if after[i].Position.Quadrant != domain.QuadStreamline || after[i].Position.Attractiveness != before[i].Position.Attractiveness {
			t.Fatalf("%s not placed again: %+v", after[i].AccountName, after[i].Position)
		}
	}
	got, _ := s.Settings(ctx)
	if got.CompanyName != "Tecnologías Industriales" || got.DocTheme != "classic" {
		t.Fatal("settings lost")
	}
}

func TestAccountNamesIgnoreCaseInEveryAlphabet(t *testing.T) {
	s := tempStore(t)
	if _, err := s.CreateAccount(ctx, &domain.Account{Name: "Óptica Ñandú", Tier: domain.TierKey}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateAccount(ctx, &domain.Account{Name: "ÓPTICA ÑANDÚ", Tier: domain.TierKey}, "FY2027"); domain.CodeOf(err) != domain.CodeConflict {
		t.Fatalf("same name in capitals: %v", err)
	}
	if a, err := s.AccountByName(ctx, " óptica ñandú "); err != nil || a.Name != "Óptica Ñandú" {
		t.Fatalf("lookup: %v", err)
	}
}

// A plan rolled into a new period keeps only the interim targets still ahead of it: the old
// period's path would otherwise judge every new value against its last milestone.
func TestRollForwardKeepsOnlyTheInterimTargetsAhead(t *testing.T) {
	s := tempStore(t)
	f := gen.LargePlan()
	k := &f.Plans[0].KPIs[0]
	k.Milestones = []domain.Measurement{{Period: "2027-06", Value: 3}, {Period: "2027-12", Value: 6}, {Period: "2028-03", Value: 7}}
	src := importFile(t, s, f)
	next, err := s.RollForward(ctx, src.ID, "FY2028")
	if err != nil {
		t.Fatal(err)
	}
	got := next.KPIs[0].Milestones
	if len(got) != 1 || got[0].Period != "2028-03" || got[0].Value != 7 {
		t.Fatalf("interim targets after rolling into FY2028: %+v", got)
	}
	later, err := s.RollForward(ctx, src.ID, "next year") // a period not read as dates keeps them all
	if err != nil || len(later.KPIs[0].Milestones) != 3 {
		t.Fatalf("rolled into an unread period: %v, %+v", err, later.KPIs[0].Milestones)
	}
}
