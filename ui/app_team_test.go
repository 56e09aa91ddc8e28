package ui

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/storage/postgres"
	"kamplan/storage/postgres/pgtest"
	"kamplan/storage/remote"
	"kamplan/storage/replica"
	"kamplan/ui/editor/bind"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// teamApp is the app on an empty local copy of a team store (a SQLite file, where a
// colleague keeps the plan of Bodegas Sur), synced once, with that plan open.
type teamApp struct {
	*App
	server replica.Store // the team store, as a colleague reaches it
	plan   string        // the plan's id on the server
}

func newTeamApp(t *testing.T, lang string) *teamApp {
	t.Helper()
	serverPath := filepath.Join(t.TempDir(), "server.db")
	server, err := storage.OpenNoSeed(serverPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	server.SetAuthor("Colleague")
	return newTeamAppOn(t, lang, server, "file:"+serverPath)
}

// newTeamAppOn is newTeamApp with the team store given, which the app reaches at address.
func newTeamAppOn(t *testing.T, lang string, server replica.Store, address string) *teamApp {
	t.Helper()
	local, err := storage.OpenNoSeed(filepath.Join(t.TempDir(), "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { local.Close() })
	p, err := server.CreateAccount(context.Background(), &domain.Account{Name: "Bodegas Sur", Tier: domain.TierKey}, "2027")
	if err != nil {
		t.Fatal(err)
	}
	a := New(test.NewTempApp(t), local, lang)
	teamLink{a}.attach(address, func(ctx context.Context) (replica.Store, error) { return remote.Open(ctx, address) })
	t.Cleanup(a.team.Close)
	ta := &teamApp{App: a, server: server, plan: p.ID}
	ta.sync(t)
	rows := a.home.Rows()
	if len(rows) != 1 || rows[0].AccountName != "Bodegas Sur" || strings.Contains(uitest.LabelsText(a.win.Content()), "No accounts yet") {
		t.Fatalf("the portfolio after the first sync: %+v", rows)
	}
	a.openPlan(rows[0].AccountID, rows[0].PlanID)
	return ta
}

func (a *teamApp) sync(t *testing.T) replica.Report {
	t.Helper()
	r, err := a.team.SyncNow(a.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// typeInto types text into the open page's field with a label, then leaves it.
func (a *teamApp) typeInto(t *testing.T, label, text string) {
	t.Helper()
	var f *bind.Field
	uitest.Walk(a.win.Content(), func(o fyne.CanvasObject) {
		if x, ok := o.(*bind.Field); ok && x.Label() == label {
			f = x
		}
	})
	if f == nil {
		t.Fatalf("no field %q on the page", label)
	}
	f.SetText("")
	test.Type(f, text)
	f.FocusLost()
}

// takeTheTeams picks the team's version in the one conflict shown, and merges.
func (a *teamApp) takeTheTeams(t *testing.T) {
	t.Helper()
	uitest.TapButton(t, a.win.Content(), "Resolve conflicts…")
	top := a.win.Canvas().Overlays().Top()
	var take *widget.RadioGroup
	for _, o := range test.LaidOutObjects(top) {
		if rg, ok := o.(*widget.RadioGroup); ok && len(rg.Options) == 1 && rg.Options[0] == "Take the team's" {
			take = rg
		}
	}
	if take == nil {
		t.Fatalf("no choice of the team's version in %q", uitest.DialogText(t, a.win))
	}
	take.SetSelected(take.Options[0])
	uitest.Answer(t, a.win, "Merge")
}

// colleagueSets saves a field of the plan on the server, as a colleague's app would.
func (a *teamApp) colleagueSets(t *testing.T, field domain.Field, value string) {
	t.Helper()
	p, err := a.server.LoadPlan(a.ctx, a.plan)
	if err != nil {
		t.Fatal(err)
	}
	acc, _ := a.server.Account(a.ctx, p.AccountID)
	d := domain.Doc{Account: acc, Plan: p}
	e := domain.SetField{Field: field, Value: value}
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	entry := history.JournalEntry{PlanID: p.ID, Author: "Colleague", Kind: history.JournalDo, Edit: e, Inverse: inv}
	if err := a.server.SaveEdits(a.ctx, nil, p, []history.JournalEntry{entry}); err != nil {
		t.Fatal(err)
	}
}

func (a *teamApp) serverPlan(t *testing.T) *domain.Plan {
	t.Helper()
	p, err := a.server.LoadPlan(a.ctx, a.plan)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTeamPlansAreEditedHereAndReachTheServer(t *testing.T) {
	a := newTeamApp(t, "en")
	if !strings.HasPrefix(a.team.Status(), "Synced ") {
		t.Fatalf("status %q after the first sync", a.team.Status())
	}
	a.editor.ShowPage(shell.PageProfile)
	a.typeInto(t, "Client industry and operations", "Met the new CFO")
	a.sync(t) // saves what was typed first
	if got := a.serverPlan(t).Context; got != "Met the new CFO" {
		t.Fatalf("server context %q", got)
	}
	page, _ := a.server.Journal().Page(a.ctx, a.plan, history.JournalQuery{Limit: 1})
	if len(page.Entries) != 1 || page.Entries[0].Kind != history.JournalDo {
		t.Fatalf("server journal %+v: want the edit made here on top", page.Entries)
	}
}

func TestAColleaguesSaveShowsInTheOpenPlan(t *testing.T) {
	a := newTeamApp(t, "en")
	a.colleagueSets(t, domain.FieldRisks, "Price war in the south")
	a.sync(t)
	if got := a.editor.Plan().Risks; got != "Price war in the south" {
		t.Fatalf("the open plan shows risks %q after the colleague's save", got)
	}
	if got := storedPlan(t, a.App, a.editor.Plan().ID).Risks; got != "Price war in the south" {
		t.Fatalf("the local copy has risks %q", got)
	}
}

func TestAConflictWaitsForTheChoiceMadeInItsDialog(t *testing.T) {
	a := newTeamApp(t, "en")
	a.editor.ShowPage(shell.PageProfile)
	a.typeInto(t, "Client industry and operations", "Mine, typed offline")
	a.colleagueSets(t, domain.FieldContext, "The colleague's")
	r := a.sync(t)
	if len(r.Held) != 1 || !strings.Contains(a.team.Status(), "1 plan waits for your choice") {
		t.Fatalf("held %d, status %q", len(r.Held), a.team.Status())
	}
	if got := storedPlan(t, a.App, a.editor.Plan().ID).Context; got != "Mine, typed offline" {
		t.Fatalf("the local copy lost its version: %q", got)
	}
	a.takeTheTeams(t)
	if r := a.sync(t); r.Merged != 1 {
		t.Fatalf("report %+v: want the plan merged with the choice", r)
	}
	for name, got := range map[string]string{"server": a.serverPlan(t).Context, "local copy": storedPlan(t, a.App, a.editor.Plan().ID).Context,
		"open plan": a.editor.Plan().Context} {
		if got != "The colleague's" {
			t.Errorf("%s context %q after taking the team's", name, got)
		}
	}
	if strings.Contains(a.team.Status(), "waits") {
		t.Errorf("status %q after the choice", a.team.Status())
	}
}

func TestOfflineTheStatusCountsWhatWaitsToBeSent(t *testing.T) {
	for lang, want := range map[string]string{"en": "Offline — 1 change to send", "es": "Sin conexión — 1 cambio por enviar"} {
		a := newTeamApp(t, lang)
		a.team.Close()
		teamLink{a.App}.attach("file:unreachable", func(context.Context) (replica.Store, error) { return nil, errors.New("no route to host") })
		a.editor.ShowPage(shell.PageProfile)
		label := map[string]string{"en": "Client industry and operations", "es": "Sector y operaciones del cliente"}[lang]
		a.typeInto(t, label, "Written on the plane")
		if _, err := a.team.SyncNow(a.ctx); err == nil {
			t.Fatal("a sync without a server succeeded")
		}
		if a.team.Status() != want {
			t.Errorf("%s: status %q, want %q", lang, a.team.Status(), want)
		}
	}
}

// The same person's day with the team store on PostgreSQL (skipped without a server):
// the plan arrives, an edit made here reaches the server, a colleague's save shows in the
// open plan, and a conflict waits for the choice.
func TestWithPostgresTheAppEditsSyncsAndResolves(t *testing.T) {
	pgtest.SkipWithoutServer(t)
	address := pgtest.Schema(t)
	server, err := postgres.Open(context.Background(), address)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	server.SetAuthor("Colleague")
	a := newTeamAppOn(t, "en", server, address)
	a.editor.ShowPage(shell.PageProfile)
	a.typeInto(t, "Client industry and operations", "Met the new CFO")
	a.colleagueSets(t, domain.FieldRisks, "Price war in the south")
	a.sync(t)
	if got := a.serverPlan(t).Context; got != "Met the new CFO" {
		t.Errorf("server context %q", got)
	}
	if got := a.editor.Plan().Risks; got != "Price war in the south" {
		t.Errorf("the open plan shows risks %q", got)
	}
	a.colleagueSets(t, domain.FieldResources, "Two engineers")
	a.editor.ShowPage(shell.PageSignOff)
	edit := domain.SetField{Field: domain.FieldResources, Value: "One engineer"}
	if err := a.editor.Apply(edit); err != nil {
		t.Fatal(err)
	}
	if r := a.sync(t); len(r.Held) != 1 {
		t.Fatalf("held %+v: want the resources' conflict", r.Held)
	}
	a.takeTheTeams(t)
	if r := a.sync(t); r.Merged != 1 {
		t.Fatalf("report %+v: want the plan merged with the choice", r)
	}
	if got := a.serverPlan(t).Resources; got != "Two engineers" {
		t.Errorf("server resources %q", got)
	}
	if got := storedPlan(t, a.App, a.editor.Plan().ID).Resources; got != "Two engineers" {
		t.Errorf("local copy resources %q", got)
	}
}
