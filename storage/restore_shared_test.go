package storage

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

const listerEnv = "KAMPLAN_LISTER"

// runLister is another process reading the database, as `kamplan list` does.
func runLister(path string) int {
	s, err := OpenExisting(path)
	if err == nil {
		_, err = s.Portfolio(ctx)
	}
	if to := os.Getenv("KAMPLAN_BACKUP_TO"); err == nil && to != "" {
		err = s.Backup(ctx, to)
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

// listElsewhere runs runLister in another process.
func listElsewhere(t *testing.T, path string, env ...string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), listerEnv+"="+path), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("another process could not read the database: %v %s", err, out)
	}
}

// The app restores a backup while the command line later opens the same database: both
// keep sharing one set of files, and what the app saves after is in the database for all.
func TestAfterARestoreOtherProcessesShareTheDatabase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k.db")
	app, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	var conns []interface{ Close() error }
	for range 3 { // the app reads and writes on several connections
		c, err := app.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c.ExecContext(ctx, "SELECT count(*) FROM plans")
		conns = append(conns, c)
	}
	for _, c := range conns {
		c.Close()
	}
	backup := filepath.Join(dir, "bk.db")
	listElsewhere(t, path, "KAMPLAN_BACKUP_TO="+backup) // `kamplan backup` beside the app
	if _, err := app.Backups().Restore(ctx, backup); err != nil {
		t.Fatal(err)
	}
	listElsewhere(t, path)
	for _, f := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("after the command line closed: %v", err)
		}
	}
	rows, _ := app.Portfolio(ctx)
	p, err := app.LoadPlan(ctx, rows[0].PlanID)
	if err != nil {
		t.Fatal(err)
	}
	p.ValueProposition = "Después de restaurar 🔁"
	if err := app.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	app.Close()
	again, err := OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if q, err := again.LoadPlan(ctx, p.ID); err != nil || q.ValueProposition != p.ValueProposition {
		t.Fatalf("after the app closed the database holds %q (%v)", q.ValueProposition, err)
	}
}
