package importwizard

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/storage/csvimport"
	"kamplan/ui/internal/uitest"
)

// testApp is a window of the app for the wizard's tests, with the plan contacts go into.
type testApp struct {
	*uitest.Shell
	target Target
}

func newTestApp(t *testing.T, lang string) *testApp {
	return &testApp{Shell: uitest.NewShell(t, lang)}
}

// openSample is an app with the main sample plan open: where contacts go.
func openSample(t *testing.T, lang string) (*testApp, Target) {
	a := newTestApp(t, lang)
	acerosEditor(t, a)
	return a, a.target
}

func (a *testApp) tr(key string, args ...any) string { return a.Loc.T(key, args...) }

func storedPlan(t *testing.T, a *testApp, id string) *domain.Plan {
	t.Helper()
	p, err := a.DB.LoadPlan(a.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// opened is the plan the wizard opened when it finished, or fails the test.
func opened(t *testing.T, a *testApp) uitest.Opening {
	t.Helper()
	if len(a.Opened) == 0 {
		t.Fatal("no plan was opened")
	}
	return a.Opened[len(a.Opened)-1]
}

func wizardOn(t *testing.T, a *testApp, file string) *importWizard {
	t.Helper()
	data, err := os.ReadFile("../../storage/csvimport/testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := csvimport.ReadBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	w := newImportWizard(a, tb, file, a.target)
	w.show()
	return w
}

// chooseKind answers what the file holds, as a person does on the first step.
func chooseKind(t *testing.T, w *importWizard, k csvimport.Kind) {
	t.Helper()
	key := map[csvimport.Kind]string{csvimport.KindContacts: "csv.wizard.kind_contacts", csvimport.KindAccounts: "csv.wizard.kind_accounts",
		csvimport.KindOpportunities: "csv.wizard.kind_opportunities"}[k]
	w.choices.kind.SetSelected(w.loc.T(key))
	if !w.kindChosen || w.kind != k {
		t.Fatalf("choosing %q did not set the kind", w.loc.T(key))
	}
}

// importThroughTheWizard presses Next up to the summary, then Import, and returns the
// summary the person read before importing.
func importThroughTheWizard(t *testing.T, w *importWizard) string {
	t.Helper()
	shown := make(chan int, 4)
	w.stepShown = func(step int) { shown <- step }
	for w.step < 2 {
		if w.next.Disabled() {
			t.Fatalf("Next is disabled on step %d: %q", w.step, w.choices.problem.Text)
		}
		from := w.step
		test.Tap(w.next)
		if <-shown == from {
			t.Fatalf("the wizard stayed on step %d", from)
		}
	}
	summary := w.reportText(w.report(), false)
	done := make(chan error, 1)
	w.done = func(err error) { done <- err }
	test.Tap(w.doImport)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	return summary
}

// runImport works the import out, shows the summary and presses Import.
func runImport(t *testing.T, w *importWizard) string {
	t.Helper()
	if err := w.work(); err != nil {
		t.Fatal(err)
	}
	w.showStep(2)
	summary := w.reportText(w.report(), false)
	done := make(chan error, 1)
	w.done = func(err error) { done <- err }
	test.Tap(w.doImport)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	return summary
}

func contactCalled(p *domain.Plan, name string) *domain.Contact {
	for i := range p.Contacts {
		if p.Contacts[i].Name == name {
			return &p.Contacts[i]
		}
	}
	return nil
}

// With no plan open, the wizard asks what the file holds and, for contacts, into which
// plan; a people's file is refused as accounts with a message in the person's language.
func TestWizardAsksWhatTheFileHolds(t *testing.T) {
	for lang, refusal := range map[string]string{"en": "hold people, not companies", "es": "son de personas, no de empresas"} {
		a := newTestApp(t, lang)
		before, _ := a.DB.Portfolio(a.Context())
		w := wizardOn(t, a, "salesforce_contacts.csv")
		if !w.next.Disabled() || w.choices.kind.Selected != "" {
			t.Fatalf("%s: the wizard chose what the file holds by itself", lang)
		}
		chooseKind(t, w, csvimport.KindAccounts)
		if !w.next.Disabled() || !w.choices.problem.Visible() || !strings.Contains(w.choices.problem.Text, refusal) {
			t.Fatalf("%s: people's columns taken as accounts: %q", lang, w.choices.problem.Text)
		}
		chooseKind(t, w, csvimport.KindContacts)
		if !w.next.Disabled() || w.choices.target.Selected != "" {
			t.Fatalf("%s: contacts with no plan picked", lang)
		}
		w.choices.target.SetSelected("Aceros del Norte, S.A. · FY2027")
		importThroughTheWizard(t, w)
		after, _ := a.DB.Portfolio(a.Context())
		aceros, _ := a.DB.AccountByName(a.Context(), "Aceros del Norte, S.A.")
		if len(after) != len(before) || opened(t, a).AccountID != aceros.ID {
			t.Fatalf("%s: %d → %d accounts; opened %+v", lang, len(before), len(after), a.Opened)
		}
		if c := contactCalled(storedPlan(t, a, opened(t, a).PlanID), "Carlos Pardo"); c == nil || c.Title != "Responsable de IT" {
			t.Fatalf("%s: the picked plan lacks the file's new contact: %+v", lang, c)
		}
	}
}

// A date column open to both orders waits for the person's choice, which is remembered
// for files with the same headers; a column mixing both orders is refused naming its lines.
func TestWizardAsksTheDateOrderAndRemembersIt(t *testing.T) {
	a, e := openSample(t, "es")
	w := wizardOn(t, a, "sheet_ambiguous_dates.csv")
	chooseKind(t, w, csvimport.KindContacts)
	if w.choices.target.Selected != "Aceros del Norte, S.A. · FY2027" || !w.next.Disabled() || !w.choices.datesBox.Visible() {
		t.Fatalf("target %q; Next disabled %v; date order asked %v", w.choices.target.Selected, w.next.Disabled(), w.choices.datesBox.Visible())
	}
	w.choices.dates.SetSelected(a.tr("csv.wizard.dates_dmy"))
	importThroughTheWizard(t, w)
	p := storedPlan(t, a, e.PlanID)
	for name, want := range map[string]string{"Marta Ríos": "2026-04-03", "Pablo Sanz": "2026-06-05", "Leire Ugarte": "2026-02-10"} {
		if c := contactCalled(p, name); c == nil || c.LastContact.String() != want {
			t.Errorf("%s: %+v, want last contact %s", name, c, want)
		}
	}
	again := wizardOn(t, a, "sheet_ambiguous_dates.csv")
	chooseKind(t, again, csvimport.KindContacts)
	if again.choices.dates.Selected != a.tr("csv.wizard.dates_dmy") || again.next.Disabled() {
		t.Fatal("the date order chosen for these headers was not remembered")
	}
	mixed := wizardOn(t, a, "hubspot_mixed_dates.csv")
	chooseKind(t, mixed, csvimport.KindContacts)
	if !mixed.next.Disabled() || mixed.choices.datesBox.Visible() ||
		!strings.Contains(mixed.choices.problem.Text, "mezcla los dos órdenes: la línea 2 tiene 11/22/2026 (mes primero) y la línea 4 tiene 22/11/2026 (día primero)") {
		t.Fatalf("mixed orders: %q", mixed.choices.problem.Text)
	}
}

// Where a second CRM's export differs from the stored profile, the stored value stays
// unless the person prefers the file's; the summary counts the differences.
func TestWizardPrefersTheFileWhenAsked(t *testing.T) {
	for _, prefer := range []string{"csv.wizard.prefer_stored", "csv.wizard.prefer_file"} {
		a := newTestApp(t, "en")
		w := wizardOn(t, a, "sf_accounts_legal_forms.csv")
		chooseKind(t, w, csvimport.KindAccounts)
		shown := make(chan int, 1)
		w.stepShown = func(step int) { shown <- step }
		test.Tap(w.next)
		<-shown
		w.choices.prefer.SetSelected(a.tr(prefer))
		summary := importThroughTheWizard(t, w)
		c, _ := a.DB.AccountByName(a.Context(), "Cementos del Ebro, S.A.")
		want, count := "Cemento y hormigón", "2 differing values kept as stored"
		if prefer == "csv.wizard.prefer_file" {
			want, count = "Construction", "2 stored values replaced by the file's"
		}
		if c.Industry != want || !strings.Contains(summary, count) {
			t.Errorf("%s: industry %q; summary:\n%s", prefer, c.Industry, summary)
		}
	}
}

func TestWizardImportsPickedCompanyAndMergesDuplicates(t *testing.T) {
	a := newTestApp(t, "en")
	acerosEditor(t, a)
	planID := a.target.PlanID
	before, _ := a.DB.LoadPlan(a.Context(), planID)
	w := wizardOn(t, a, "hubspot_same_names.csv")
	chooseKind(t, w, csvimport.KindContacts)
	w.showStep(1)
	w.dups = csvimport.MergeThem
	summary := runImport(t, w)
	if !strings.Contains(summary, "On Import: 1 new contact, 4 updated, 0 unchanged, 0 rows left out, 4 differing values kept as stored") ||
		!strings.Contains(summary, "merged as you chose") {
		t.Fatalf("summary:\n%s", summary)
	}
	after, _ := a.DB.LoadPlan(a.Context(), planID)
	if len(after.Contacts) != len(before.Contacts)+1 || opened(t, a).PlanID != planID {
		t.Fatalf("%d → %d contacts in the store; opened %+v", len(before.Contacts), len(after.Contacts), a.Opened)
	}
	// Another company's file: nothing lands until the person picks its rows.
	w = wizardOn(t, a, "sf_report_other_company.csv")
	chooseKind(t, w, csvimport.KindContacts)
	if err := w.work(); err != nil || w.contacts.Report.Skipped != 2 {
		t.Fatalf("%v %+v", err, w.contacts.Report)
	}
	w.companies[csvimport.CompanyKey("Hotel Spa Marbella")] = true
	runImport(t, w)
	if p, _ := a.DB.LoadPlan(a.Context(), planID); len(p.Contacts) != len(after.Contacts)+2 {
		t.Fatalf("picked rows not imported: %d", len(p.Contacts))
	}
}

// acerosEditor makes the main sample plan the open one, where contacts go.
func acerosEditor(t *testing.T, a *testApp) {
	t.Helper()
	acc, err := a.DB.AccountByName(a.Context(), "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := a.DB.Portfolio(a.Context())
	for _, r := range domain.LatestPlans(rows) {
		if r.AccountID == acc.ID {
			a.target = Target{AccountID: acc.ID, AccountName: acc.Name, PlanID: r.PlanID, Period: r.Period}
		}
	}
}

func TestWizardMappingByHandIsRemembered(t *testing.T) {
	a := newTestApp(t, "es")
	w := wizardOn(t, a, "hubspot_companies.csv")
	chooseKind(t, w, csvimport.KindAccounts)
	w.mapping[0] = csvimport.FieldNotes // Record ID → notes
	summary := runImport(t, w)
	if !strings.Contains(summary, "Al importar: 1 cuenta nueva, 1 actualizada") || !strings.Contains(summary, "línea 4: 12 valores para 11 columnas (un separador «coma» dentro") {
		t.Fatalf("summary:\n%s", summary)
	}
	h, err := a.DB.AccountByName(a.Context(), "Herrajes Vascos")
	if err != nil || !strings.Contains(h.Notes, "Record ID: 301") || h.Employees != 80 || h.AnnualRevenue != 1_200_000_000 {
		t.Fatalf("%+v %v", h, err)
	}
	again := wizardOn(t, a, "hubspot_companies.csv")
	chooseKind(t, again, csvimport.KindAccounts)
	if again.mapping[0] != csvimport.FieldNotes {
		t.Fatal("the mapping chosen by hand was not remembered")
	}
	if _, err := a.DB.AccountByName(a.Context(), "Talleres Gómez"); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatal("a shifted row was imported")
	}
}

func TestWizardCancelWritesNothing(t *testing.T) {
	a := newTestApp(t, "en")
	before, _ := a.DB.Portfolio(a.Context())
	w := wizardOn(t, a, "dynamics_accounts_unicode.txt")
	chooseKind(t, w, csvimport.KindAccounts)
	if err := w.work(); err != nil {
		t.Fatal(err)
	}
	w.showStep(2)
	w.dlg.Hide()
	if after, _ := a.DB.Portfolio(a.Context()); len(after) != len(before) {
		t.Fatal("cancel wrote")
	}
}

// The preview reads the first rows' dates the way the whole file is read, even when the
// value that decides the order comes after them.
func TestWizardPreviewReadsDatesAsTheWholeFile(t *testing.T) {
	a, _ := openSample(t, "en")
	text := "Name,Company,Last Activity\n"
	for i := 0; i < previewRows; i++ {
		text += "Person " + string(rune('A'+i)) + ",\"Aceros del Norte, S.A.\",03/04/2026\n"
	}
	text += "Late Decider,\"Aceros del Norte, S.A.\",11/22/2026\n"
	tb, err := csvimport.ReadBytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	w := newImportWizard(a, tb, "late.csv", a.target)
	w.show()
	chooseKind(t, w, csvimport.KindContacts)
	cells := w.previewCells()
	if w.next.Disabled() || len(cells) != previewRows+1 || cells[1][5] != "2026-03-04" {
		t.Fatalf("Next disabled %v; preview %q", w.next.Disabled(), cells[:2])
	}
}
