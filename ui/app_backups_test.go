package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// The File menu merges a plan file and restores a backup, in both languages.
func TestFileMenuMergesAndRestores(t *testing.T) {
	for lang, labels := range map[string][]string{"en": {"File", "Merge plan file…", "Restore backup…"},
		"es": {"Archivo", "Fusionar archivo de plan…", "Restaurar copia de seguridad…"}} {
		a := newTestApp(t, lang)
		menuItem(t, a, labels[0], labels[1])
		menuItem(t, a, labels[0], labels[2])
	}
}

// restore restores a backup through the app and waits for its end.
func restore(a *App, path string) error {
	done := make(chan error, 1)
	a.files().restoreBackup(path, func(err error) { done <- err })
	return <-done
}

// saveRisks changes the risks of a plan as another writer does, behind the open editor.
func saveRisks(t *testing.T, a *App, planID, text string) {
	t.Helper()
	p := storedPlan(t, a, planID)
	p.Risks = text
	if err := a.store.SavePlan(a.ctx, p); err != nil {
		t.Fatal(err)
	}
}

// Restoring a backup brings its plans back, and the plan that was open shows again, as
// restored, at the page it was on; the database as it was is kept beside it.
func TestRestoreBackupShowsTheOpenPlanAsRestored(t *testing.T) {
	a, e := openSample(t, "en")
	planID, was := e.Plan().ID, e.Plan().Risks
	e.ShowPage(shell.PageWallet)
	path, made, err := a.store.Backups().Daily(a.ctx, time.Now())
	if err != nil || !made {
		t.Fatal(err)
	}
	saveRisks(t, a, planID, "written after the backup")
	if err := restore(a, path); err != nil {
		t.Fatal(err)
	}
	if got := storedPlan(t, a, planID).Risks; got != was {
		t.Fatalf("the risks are %q after the restore", got)
	}
	if a.editor == nil || a.editor == e || a.editor.Plan().Risks != was || a.editor.Here() != shell.PageWallet {
		t.Fatal("the open plan is not shown again as restored, at its page")
	}
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(a.store.Path()), "*before-restore*"))
	if len(kept) != 1 || !strings.Contains(a.status.Text, "Restored "+filepath.Base(path)) || !strings.Contains(a.status.Text, filepath.Base(kept[0])) {
		t.Fatalf("kept %v; status %q", kept, a.status.Text)
	}
	closeDialogs(a)
}

// A file that is not a backup is refused at the restore too; the plan stays open as it was.
func TestRestoreOfGarbageKeepsThePlan(t *testing.T) {
	a, e := openSample(t, "en")
	planID := e.Plan().ID
	saveRisks(t, a, planID, "the current data")
	garbage := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(garbage, []byte("notes of the meeting"), 0o600)
	if err := restore(a, garbage); domain.CodeOf(err) != domain.CodeInvalid {
		t.Fatalf("restoring garbage: %v", err)
	}
	if storedPlan(t, a, planID).Risks != "the current data" || a.editor == nil || a.editor.Plan().Risks != "the current data" {
		t.Fatal("a refused restore changed the plan or closed it")
	}
	if shown := uitest.DialogText(t, a.win); !strings.Contains(shown, "the current data is unchanged") {
		t.Fatalf("the refusal says:\n%s", shown)
	}
	closeDialogs(a)
}

// dailyBackup runs the start's backup and waits for its end.
func dailyBackup(a *App, ctx context.Context, day time.Time) {
	done := make(chan struct{})
	a.files().dailyBackup(ctx, day, func() { close(done) })
	<-done
}

// The app copies the database beside itself once a day when it starts, and says so; a
// failure is said too.
func TestDailyBackupWhenTheAppStarts(t *testing.T) {
	a := newTestApp(t, "en")
	day := time.Date(2027, 3, 31, 8, 0, 0, 0, time.Local)
	dailyBackup(a, a.ctx, day)
	want := filepath.Join(filepath.Dir(a.store.Path()), "k-backup-2027-03-31.db")
	if err := storage.CheckRestorable(want); err != nil || a.status.Text != "Today's backup of the database: k-backup-2027-03-31.db" {
		t.Fatalf("%v; status %q", err, a.status.Text)
	}
	a.Notify("something else")
	dailyBackup(a, a.ctx, day.Add(5*time.Hour))
	if a.status.Text != "something else" {
		t.Fatalf("a second start the same day says %q", a.status.Text)
	}
	cancelled, cancel := context.WithCancel(a.ctx)
	cancel()
	dailyBackup(a, cancelled, day.AddDate(0, 0, 1))
	if !strings.HasPrefix(a.status.Text, "The daily backup of the database failed: ") {
		t.Fatalf("a failed backup says %q", a.status.Text)
	}
}

// After a merge changed the stored plan under the open editor, the plan shows again as
// merged, at the page it was on.
func TestMergedPlanShowsAgainAsStored(t *testing.T) {
	a, e := openSample(t, "en")
	e.ShowPage(shell.PageSWOT)
	was := a.files().openNow()
	saveRisks(t, a, e.Plan().ID, "merged in")
	a.files().showStored(was)
	if a.editor == nil || a.editor == e || a.editor.Plan().Risks != "merged in" || a.editor.Here() != shell.PageSWOT {
		t.Fatal("the open plan is not shown again as stored, at its page")
	}
	if err := a.store.DeletePlan(a.ctx, e.Plan().ID); err != nil {
		t.Fatal(err)
	}
	a.files().showStored(a.files().openNow())
	if a.editor != nil || a.home == nil {
		t.Fatal("a plan that is gone is still open")
	}
}
