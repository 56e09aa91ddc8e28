package restorebackup

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	_ "modernc.org/sqlite"

	"kamplan/storage"
	"kamplan/ui/internal/uitest"
)

var ctx = context.Background()

// shelf is the database's own backups, checked as the app checks them.
type shelf struct{ storage.Backups }

func (shelf) Check(path string) error { return storage.CheckRestorable(path) }
func (shelf) Kept() int               { return storage.DailyBackups }

// testApp is a window over a database with the sample plans and three daily backups.
type testApp struct {
	*uitest.Shell
	restored []string // the files the screen asked to restore
}

func newTestApp(t *testing.T, lang string) *testApp {
	a := &testApp{Shell: uitest.NewShell(t, lang)}
	day := time.Date(2027, 3, 29, 9, 0, 0, 0, time.Local)
	for i := range 3 {
		if _, _, err := a.DB.Backups().Daily(ctx, day.AddDate(0, 0, i)); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// open shows the backups; a file the person confirms is restored into the database.
func (a *testApp) open(t *testing.T) *screen {
	s := newScreen(a, shelf{a.DB.Backups()}, func(path string) {
		a.restored = append(a.restored, path)
		if _, err := a.DB.Backups().Restore(ctx, path); err != nil {
			t.Fatal(err)
		}
	})
	s.show()
	return s
}

// state is every plan's risks: what a restore changes in these tests.
func (a *testApp) state(t *testing.T) string {
	t.Helper()
	rows, err := a.DB.Portfolio(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		p, err := a.DB.LoadPlan(ctx, r.PlanID)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(r.AccountName + ": " + p.Risks + "\n")
	}
	return b.String()
}

// changeRisks changes the risks of the first plan, as an edit saved after the backups.
func (a *testApp) changeRisks(t *testing.T, text string) {
	t.Helper()
	rows, _ := a.DB.Portfolio(ctx)
	p, _ := a.DB.LoadPlan(ctx, rows[0].PlanID)
	p.Risks = text
	if err := a.DB.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
}

func dialogLabels(w fyne.Window) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// The daily backups are listed newest first with their day and size; one picked and
// confirmed is restored.
func TestRestoreADailyBackup(t *testing.T) {
	a := newTestApp(t, "en")
	before := a.state(t)
	a.changeRisks(t, "written after the backups")
	s := a.open(t)
	if len(s.backups) != 3 || filepath.Base(s.backups[0].path) != "k-backup-2027-03-31.db" || filepath.Base(s.backups[2].path) != "k-backup-2027-03-29.db" {
		t.Fatalf("backups listed %+v", s.backups)
	}
	if shown := dialogLabels(a.Win); !strings.Contains(shown, "k-backup-2027-03-31.db · ") || !strings.Contains(shown, " KB") && !strings.Contains(shown, " MB") {
		t.Fatalf("the list shows:\n%s", shown)
	}
	if !s.doIt.Disabled() {
		t.Fatal("Restore is on before a backup is picked")
	}
	s.list.Select(0)
	test.Tap(s.doIt)
	if !strings.Contains(uitest.DialogText(t, a.Win), "Restore k-backup-2027-03-31.db (") {
		t.Fatalf("no question before restoring:\n%s", uitest.DialogText(t, a.Win))
	}
	uitest.Answer(t, a.Win, "Restore")
	if len(a.restored) != 1 || a.state(t) != before {
		t.Fatalf("restored %v; the plans are\n%s", a.restored, a.state(t))
	}
}

// Cancelling the question restores nothing.
func TestRestoreAsksFirst(t *testing.T) {
	a := newTestApp(t, "es")
	a.changeRisks(t, "escrito después de las copias")
	before := a.state(t)
	s := a.open(t)
	s.list.Select(1)
	test.Tap(s.doIt)
	if !strings.Contains(uitest.DialogText(t, a.Win), "¿Restaurar k-backup-2027-03-30.db (") {
		t.Fatalf("the question says:\n%s", uitest.DialogText(t, a.Win))
	}
	uitest.Answer(t, a.Win, "Cancelar")
	if len(a.restored) != 0 || a.state(t) != before {
		t.Fatal("a restore the person cancelled changed the plans")
	}
}

// A file that is not a backup of this app is refused before anything happens, saying why;
// the plans stay as they are.
func TestRestoreRefusesWhatIsNotABackup(t *testing.T) {
	a := newTestApp(t, "en")
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if err := a.DB.Backup(ctx, good); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	newer := filepath.Join(dir, "newer.db")
	if err := a.DB.Backup(ctx, newer); err != nil {
		t.Fatal(err)
	}
	setVersion(t, newer, 999)
	for _, tt := range []struct{ name, path, want string }{
		{"garbage", write("notes.db", []byte("notes of the meeting")), "notes.db is not a KAM Planner database"},
		{"cut short", write("cut.db", data[:len(data)/3]), "cut.db is cut short"},
		{"a newer version's database", newer, "newer.db was written by a newer version of KAM Planner"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a.changeRisks(t, "the current data "+tt.name)
			before := a.state(t)
			s := a.open(t)
			var refused error
			s.refused = func(err error) { refused = err }
			s.choose(tt.path) // as the file dialog of "Choose another file…" does
			shown := uitest.DialogText(t, a.Win)
			if refused == nil || !strings.Contains(shown, tt.want) || !strings.Contains(shown, "the current data is unchanged") {
				t.Fatalf("the refusal says:\n%s", shown)
			}
			if len(a.restored) != 0 || a.state(t) != before {
				t.Fatal("a refused file changed the plans")
			}
			uitest.CloseDialogs(a.Win)
		})
	}
}

func setVersion(t *testing.T, path string, v int) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA user_version = " + strconv.Itoa(v)); err != nil {
		t.Fatal(err)
	}
}

// Without daily backups the screen says how they come, and another file can still be chosen.
func TestRestoreWithoutDailyBackups(t *testing.T) {
	a := &testApp{Shell: uitest.NewShell(t, "en")}
	s := a.open(t)
	if len(s.backups) != 0 || !strings.Contains(uitest.DialogText(t, a.Win), "No daily backup yet") {
		t.Fatalf("the screen says:\n%s", uitest.DialogText(t, a.Win))
	}
	uitest.Answer(t, a.Win, "Choose another file…")
	if n := len(a.Win.Canvas().Overlays().List()); n != 2 {
		t.Fatalf("%d dialogs open: the file dialog did not open", n)
	}
}

// Sizes read as a person reads them, in the interface language.
func TestSizes(t *testing.T) {
	for _, tt := range []struct {
		lang string
		n    int64
		want string
	}{{"en", 100, "1 KB"}, {"en", 850 << 10, "850 KB"}, {"en", 2_400_000, "2.3 MB"}, {"es", 2_400_000, "2,3 MB"}} {
		s := &screen{loc: uitest.NewShell(t, tt.lang).Loc}
		if got := s.size(tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}
