package ui

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"kamplan/storage"
)

const listerEnv = "KAMPLAN_UI_LISTER"

// runLister is the command line reading the database, as `kamplan list` does.
func runLister(path string) int {
	s, err := storage.OpenExisting(path)
	if err == nil {
		_, err = s.Portfolio(context.Background())
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

// listElsewhere runs the command line's reading in another process.
func listElsewhere(t *testing.T, path string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), listerEnv+"="+path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the command line could not read the database: %v %s", err, out)
	}
}

// After File → Restore backup, the command line run beside the app shares the database
// with it: the app's later edits reach the database, and it stays whole.
func TestAfterARestoreTheCommandLineSharesTheDatabase(t *testing.T) {
	a, e := openSample(t, "en")
	planID := e.Plan().ID
	backup := filepath.Join(t.TempDir(), "bk.db")
	if err := a.store.Backup(a.ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := restore(a, backup); err != nil {
		t.Fatal(err)
	}
	closeDialogs(a)
	listElsewhere(t, a.store.Path())
	for _, f := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(a.store.Path() + f); err != nil {
			t.Errorf("after the command line: %v", err)
		}
	}
	saveRisks(t, a, planID, "written after the restore 🔁")
	path := a.store.Path()
	a.store.Close()
	again, err := storage.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if p, err := again.LoadPlan(a.ctx, planID); err != nil || p.Risks != "written after the restore 🔁" {
		t.Fatalf("the database holds %q (%v)", p.Risks, err)
	}
}
