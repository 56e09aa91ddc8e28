package ui

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/internal/uitest"
)

const listerEnv = "KAMPLAN_UI_LISTER"

const planEnv = "KAMPLAN_UI_PLAN"

// runLister is the command line reading the database, as `kamplan list` does, and printing
// the risks of the plan in KAMPLAN_UI_PLAN when set.
func runLister(path string) int {
	s, err := storage.OpenExisting(path)
	if err == nil {
		_, err = s.Portfolio(context.Background())
	}
	if id := os.Getenv(planEnv); err == nil && id != "" {
		var p *domain.Plan
		if p, err = s.LoadPlan(context.Background(), id); err == nil {
			fmt.Print(p.Risks)
		}
	}
	if err == nil {
		err = s.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// listElsewhere runs the command line's reading in another process; it returns what that
// printed.
func listElsewhere(t *testing.T, path string, env ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), listerEnv+"="+path), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the command line could not read the database: %v %s", err, out)
	}
	return string(out)
}

// After File → Restore backup, the command line run beside the app shares the database
// with it: the app's later edits reach the database, and it stays whole.
func TestAfterARestoreTheCommandLineSharesTheDatabase(t *testing.T) {
	a, e := openSample(t, "en")
	backup := filepath.Join(t.TempDir(), "bk.db")
	if err := a.store.Backup(a.ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := restore(a, backup); err != nil {
		t.Fatal(err)
	}
	closeDialogs(a)
	checkShared(t, a, e.Plan().ID, "written after the restore 🔁")
}

// A file dialog showing the database's folder — Choose another file… of File → Restore
// backup starts there — lists the database and its -wal and -shm files without opening
// them: the app keeps its hold on the database, so the command line run beside it shares
// the database, and the app's later edits reach it.
func TestAFileDialogOnTheDatabasesFolderKeepsTheDatabaseShared(t *testing.T) {
	a, e := openSample(t, "en")
	dir := filepath.Dir(a.store.Path())
	if err := a.store.Backup(a.ctx, filepath.Join(dir, "bk.db")); err != nil {
		t.Fatal(err)
	}
	// as when the person last picked a file there
	a.fyne.Preferences().SetString("fyne:fileDialogLastFolder", fstorage.NewFileURI(dir).String())
	a.files().restoreBackupDialog()
	uitest.Answer(t, a.win, "Choose another file…")
	var shown strings.Builder
	for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) { // as drawn
		if icon, ok := o.(*widget.FileIcon); ok && icon.URI != nil {
			shown.WriteString(icon.URI.Name() + "\n")
		}
	}
	if !strings.Contains(shown.String(), "bk.db") {
		t.Fatalf("the file dialog does not show the database's folder:\n%s", shown.String())
	}
	closeDialogs(a)
	checkShared(t, a, e.Plan().ID, "written after a file dialog 📂")
}

// checkShared runs the command line beside the app, then saves text as the plan's risks
// through the app: the database's files stay, another process reads the edit, and after
// the app closes the database holds it.
func checkShared(t *testing.T, a *App, planID, text string) {
	t.Helper()
	listElsewhere(t, a.store.Path())
	for _, f := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(a.store.Path() + f); err != nil {
			t.Errorf("after the command line: %v", err)
		}
	}
	saveRisks(t, a, planID, text)
	if got := listElsewhere(t, a.store.Path(), planEnv+"="+planID); got != text {
		t.Errorf("another process reads the risks %q, the app saved %q", got, text)
	}
	path := a.store.Path()
	a.store.Close()
	again, err := storage.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if p, err := again.LoadPlan(a.ctx, planID); err != nil || p.Risks != text {
		t.Fatalf("the database holds %q (%v)", p.Risks, err)
	}
}
