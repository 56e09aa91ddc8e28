package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
)

func TestExportImportExportIsByteIdentical(t *testing.T) {
	files, _ := assets.SampleFiles()
	large, _ := EncodePlanFile(gen.LargePlan())
	for i, src := range append(files, large) {
		a := tempStore(t)
		f, err := a.ImportJSON(ctx, src, false)
		if err != nil {
			t.Fatal(err)
		}
		first, err := a.ExportJSON(ctx, f.Account.Name, "")
		if err != nil {
			t.Fatal(err)
		}
		b := tempStore(t)
		if _, err := b.ImportJSON(ctx, first, false); err != nil {
			t.Fatal(err)
		}
		second, _ := b.ExportJSON(ctx, f.Account.Name, "")
		if !bytes.Equal(first, second) {
			t.Fatalf("file %d: export → import → export changed the bytes", i)
		}
		if _, err := a.ImportJSON(ctx, first, true); err != nil {
			t.Fatal(err)
		}
		third, _ := a.ExportJSON(ctx, f.Account.Name, "")
		if !bytes.Equal(first, third) {
			t.Fatalf("file %d: import --replace changed the bytes", i)
		}
	}
}

func TestExportOnePeriod(t *testing.T) {
	s := seededStore(t)
	rows, _ := s.Portfolio(ctx)
	if _, err := s.RollForward(ctx, rows[0].PlanID, "FY2028"); err != nil {
		t.Fatal(err)
	}
	b, err := s.ExportJSON(ctx, rows[0].AccountName, "fy2028")
	if err != nil {
		t.Fatal(err)
	}
	f, _ := DecodePlanFile(b)
	if len(f.Plans) != 1 || f.Plans[0].Period != "FY2028" {
		t.Fatalf("exported %d plans", len(f.Plans))
	}
	if _, err := s.ExportJSON(ctx, rows[0].AccountName, "FY1999"); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("missing period gave %v", err)
	}
	if _, err := s.ExportJSON(ctx, "Nobody", ""); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("missing account gave %v", err)
	}
}

// Figures that cannot be true refuse a plan file as the editor refuses them: shares over the
// whole wallet, a contact last met after today.
func TestImportRefusesImpossibleFigures(t *testing.T) {
	f := gen.Portfolio(1)[0]
	p := &f.Plans[0]
	p.Wallet.Revenue = p.Wallet.Potential * 9 / 10
	p.Contacts[2].LastContact = domain.Today().AddDays(1)
	b, _ := EncodePlanFile(f)
	s := tempStore(t)
	_, err := s.ImportJSON(ctx, b, false)
	if err == nil {
		t.Fatal("the file was imported")
	}
	for _, want := range []string{"plans[0].wallet: our share of wallet (90 %)", "plans[0].contacts[2].last_contact: the last contact with " + p.Contacts[2].Name + " is after today"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("problems do not include %q:\n%s", want, err)
		}
	}
	if rows, _ := s.Portfolio(ctx); len(rows) != 0 {
		t.Fatal("something was written")
	}
	p.Wallet.Revenue, p.Contacts[2].LastContact = p.Wallet.Potential/10, domain.Today()
	b, _ = EncodePlanFile(f)
	if _, err := s.ImportJSON(ctx, b, false); err != nil {
		t.Fatalf("the corrected file was refused: %v", err)
	}
}

func TestImportListsEveryProblem(t *testing.T) {
	f := gen.Portfolio(1)[0]
	p := &f.Plans[0]
	p.Contacts[3].Influence = 7
	p.Contacts[1].Attitude = -5
	p.Wallet.Competitors[0].SharePct = 140
	f.Account.Tier = "gold"
	b, _ := EncodePlanFile(f)
	s := tempStore(t)
	_, err := s.ImportJSON(ctx, b, false)
	msg := err.Error()
	for _, want := range []string{
		"account.tier: must be one of strategic, key, other",
		"plans[0].contacts[3].influence: must be 1–5",
		"plans[0].contacts[1].attitude: must be -2–2",
		"plans[0].wallet.competitors[0].share_pct",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("problems do not include %q:\n%s", want, msg)
		}
	}
	if rows, _ := s.Portfolio(ctx); len(rows) != 0 {
		t.Fatal("an invalid file wrote something")
	}
}

func TestImportRejectsBadFiles(t *testing.T) {
	tests := []struct {
		name, data, key string
	}{
		{"empty", "", "err.file_empty"},
		{"blank", " \n ", "err.file_empty"},
		{"syntax", "{\n  \"format\": \"kamplan.plan\",\n  \"version\": 1,,\n}", "err.json_syntax"},
		{"text for a number", `{"format":"kamplan.plan","version":"one"}`, "err.json_type.string"},
		{"a list for a number", `{"format":"kamplan.plan","version":[1]}`, "err.json_type.array"},
		{"a number for a text", `{"format":7,"version":1}`, "err.json_type.number"},
		{"true for a text", `{"format":true,"version":1}`, "err.json_type.bool"},
		{"an object for a text", `{"format":{},"version":1}`, "err.json_type.object"},
		{"a fraction for a whole number", `{"format":"kamplan.plan","version":1.5}`, "err.json_type"},
		{"latin-1", "{\"format\":\"kamplan.plan\",\"version\":1,\"account\":{\"name\":\"Caf\xe9\"}}", "err.file_encoding"},
		{"utf-16 without mark, odd length", "{\x00\"\x00f", "err.file_encoding"},
		{"other format", `{"format":"something.else","version":1}`, "err.format"},
		{"newer version", `{"format":"kamplan.plan","version":9}`, "err.file_version"},
		{"bad date", `{"format":"kamplan.plan","version":1,"account":{"id":"a","name":"X","tier":"key"},"plans":[{"id":"p","period":"FY","language":"es","currency":"EUR","wallet":{},"portfolio":{"attractiveness":{},"strength":{}},"commitment":{"internal_approval":{"date":"31/12/2026"},"client_agreement":{"date":""}}}]}`, "err.date"},
		{"no plans", `{"format":"kamplan.plan","version":1,"account":{"id":"a","name":"X","tier":"key"},"plans":[]}`, "err.required"},
		{"one plan id twice", `{"format":"kamplan.plan","version":1,"account":{"id":"a","name":"X","tier":"key"},"plans":[` +
			`{"id":"p","period":"FY2026","language":"es","currency":"EUR","wallet":{},"portfolio":{"attractiveness":{},"strength":{}}},` +
			`{"id":"p","period":"FY2027","language":"es","currency":"EUR","wallet":{},"portfolio":{"attractiveness":{},"strength":{}}}]}`, "err.duplicate_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tempStore(t).ImportJSON(ctx, []byte(tt.data), false)
			ps, ok := err.(domain.Problems)
			if !ok || ps[0].Key != tt.key {
				t.Fatalf("error %v, want %s", err, tt.key)
			}
		})
	}
	_, err := tempStore(t).ImportJSON(ctx, []byte("{\n  \"format\": \"kamplan.plan\",\n  \"version\": 1,,\n}"), false)
	if !strings.Contains(err.Error(), "line 3, column 16") {
		t.Fatalf("syntax error not located: %v", err)
	}
}

func TestImportConflictAndReplace(t *testing.T) {
	s := seededStore(t)
	b, _ := s.ExportJSON(ctx, "Conservas Cantábricas", "")
	if _, err := s.ImportJSON(ctx, b, false); domain.CodeOf(err) != domain.CodeConflict || !strings.Contains(err.Error(), "--replace") {
		t.Fatalf("importing an existing account gave %v", err)
	}
	a, _ := s.AccountByName(ctx, "Conservas Cantábricas")
	a.Name = "Conservas Cantábricas (renombrada)"
	s.SaveAccount(ctx, a)
	if _, err := s.ImportJSON(ctx, b, false); domain.CodeOf(err) != domain.CodeConflict {
		t.Fatalf("importing a renamed account gave %v", err)
	}
	before, _ := s.Portfolio(ctx)
	if _, err := s.ImportJSON(ctx, b, true); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Portfolio(ctx)
	if len(after) != len(before) {
		t.Fatalf("replace changed the number of plans: %d → %d", len(before), len(after))
	}
	if _, err := s.AccountByName(ctx, "Conservas Cantábricas"); err != nil {
		t.Fatal("replace lost the account")
	}
}

// A failure half way through an import leaves the database as it was.
func TestImportIsAllOrNothing(t *testing.T) {
	s := tempStore(t)
	taken := gen.Portfolio(2)
	importFile(t, s, taken[0])
	f := taken[1]
	f.Plans = append(f.Plans, taken[0].Plans[0]) // second plan repeats a stored plan id
	f.Plans[1].Period = "FY2028"
	f.Plans[1].AccountID = f.Account.ID
	b, _ := EncodePlanFile(f)
	before := snapshot(t, s)
	if _, err := s.ImportJSON(ctx, b, false); domain.CodeOf(err) != domain.CodeConflict {
		t.Fatalf("colliding import gave %v", err)
	}
	if _, err := s.AccountByName(ctx, f.Account.Name); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatal("the account of a failed import was kept")
	}
	if len(snapshot(t, s)) != len(before) {
		t.Fatal("rows of a failed import were kept")
	}
}

func TestBackupWhileEditing(t *testing.T) {
	s := seededStore(t)
	rows, _ := s.Portfolio(ctx)
	p, _ := s.LoadPlan(ctx, rows[0].PlanID)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			p.Wallet.Revenue = int64(i)
			if err := s.SavePlan(ctx, p); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	dst := filepath.Join(t.TempDir(), "copy.db")
	for range 3 {
		if err := s.Backup(ctx, dst); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	c, err := OpenNoSeed(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var ok string
	c.db.QueryRow("PRAGMA integrity_check").Scan(&ok)
	copied, _ := c.Portfolio(ctx)
	if ok != "ok" || len(copied) != len(rows) {
		t.Fatalf("backup: integrity %q, %d plans", ok, len(copied))
	}
	if info, _ := os.Stat(dst); info.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v", info.Mode())
	}
	if err := s.Backup(ctx, s.Path()); err == nil {
		t.Fatal("a backup replaced the database itself")
	}
}

// The client's employees and annual revenue travel in the plan file as numbers (version
// 3); a version 2 file, which has none, still imports.
func TestPlanFileCarriesTheClientsSize(t *testing.T) {
	a := seededStore(t)
	acc, _ := a.AccountByName(ctx, "Aceros del Norte, S.A.")
	acc.Employees, acc.AnnualRevenue, acc.RevenueCurrency = 1800, 135_000_000_000, "EUR"
	if err := a.SaveAccount(ctx, acc); err != nil {
		t.Fatal(err)
	}
	data, err := a.ExportJSON(ctx, acc.Name, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version": 3`, `"employees": 1800`, `"annual_revenue": 135000000000`, `"revenue_currency": "EUR"`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Fatalf("the file lacks %s", want)
		}
	}
	b := tempStore(t)
	if _, err := b.ImportJSON(ctx, data, false); err != nil {
		t.Fatal(err)
	}
	if got, _ := b.AccountByName(ctx, acc.Name); got.Employees != 1800 || got.AnnualRevenue != 135_000_000_000 || got.RevenueCurrency != "EUR" {
		t.Fatalf("imported %+v", got)
	}
	old := bytes.Replace(data, []byte(`"version": 3`), []byte(`"version": 2`), 1)
	old = bytes.Replace(old, []byte(`"employees": 1800,`), nil, 1)
	if _, err := tempStore(t).ImportJSON(ctx, old, false); err != nil {
		t.Fatalf("a version 2 file: %v", err)
	}
}

// A team member's own title travels in the plan file and comes back from it; a member
// without one has no "title" in the file.
func TestPlanFileCarriesAMembersTitle(t *testing.T) {
	a := seededStore(t)
	data, err := a.ExportJSON(ctx, "Aceros del Norte, S.A.", "")
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte(`"title": "Ejecutiva de cuenta"`)); n != 1 {
		t.Fatalf("the file holds Marta Soler's title %d times", n)
	}
	b := tempStore(t)
	if _, err := b.ImportJSON(ctx, data, false); err != nil {
		t.Fatal(err)
	}
	acc, _ := b.AccountByName(ctx, "Aceros del Norte, S.A.")
	for _, m := range acc.Team {
		if want := map[string]string{"Marta Soler": "Ejecutiva de cuenta"}[m.Name]; m.Title != want {
			t.Errorf("%s imported with the title %q, want %q", m.Name, m.Title, want)
		}
	}
}

// A plan file saved as UTF-16 (either byte order, with or without its mark) or as UTF-8
// with a byte order mark reads as the same plan.
func TestDecodePlanFileEncodings(t *testing.T) {
	data, err := seededStore(t).ExportJSON(ctx, "Conservas Cantábricas", "")
	if err != nil {
		t.Fatal(err)
	}
	want, err := DecodePlanFile(data)
	if err != nil {
		t.Fatal(err)
	}
	units := utf16.Encode([]rune(string(data)))
	le, be := []byte{0xFF, 0xFE}, []byte{0xFE, 0xFF}
	for _, u := range units {
		le, be = append(le, byte(u), byte(u>>8)), append(be, byte(u>>8), byte(u))
	}
	for name, b := range map[string][]byte{
		"utf-8 with mark": append([]byte{0xEF, 0xBB, 0xBF}, data...),
		"utf-16le":        le, "utf-16be": be,
		"utf-16le without mark": le[2:], "utf-16be without mark": be[2:],
	} {
		got, err := DecodePlanFile(b)
		if err != nil || got.Account.Name != want.Account.Name || !reflect.DeepEqual(got.Plans, want.Plans) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
