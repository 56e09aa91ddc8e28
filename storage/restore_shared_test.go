package storage

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kamplan/domain"
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

// Picking the database itself, or its -wal or -shm file, as the backup to restore is
// refused without the file being opened beside the store: the store keeps its hold on the database, so another process
// that reads it and closes leaves its -wal and -shm files to the app.
func TestRestoringTheDatabaseItselfKeepsItShared(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k.db")
	app, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, want string }{
		{path, "is the database itself"}, {link, "is the database itself"},
		{path + "-wal", "is one of the database's own files"}, {path + "-shm", "is one of the database's own files"},
	} {
		if err := app.Backups().Check(tt.path); domain.CodeOf(err) != domain.CodeInvalid || !strings.Contains(err.Error(), tt.want) {
			t.Fatalf("checking %s: %v", tt.path, err)
		}
		if _, err := app.Backups().Restore(ctx, tt.path); domain.CodeOf(err) != domain.CodeInvalid {
			t.Fatalf("restoring %s: %v", tt.path, err)
		}
	}
	listElsewhere(t, path)
	for _, f := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("after the other process closed: %v", err)
		}
	}
}
