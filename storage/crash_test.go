package storage

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"kamplan/domain"
	"kamplan/domain/gen"
)

const writerEnv = "KAMPLAN_CRASH_WRITER"

func TestMain(m *testing.M) {
	if path := os.Getenv(writerEnv); path != "" {
		os.Exit(runWriter(path, os.Getenv("KAMPLAN_CRASH_PLAN")))
	}
	os.Exit(m.Run())
}

// runWriter adds one note per save, forever, and reports each save once it has returned.
func runWriter(path, planID string) int {
	s, err := OpenNoSeed(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	for n := len(p.Notes); ; n++ {
		p.Notes = append(p.Notes, domain.Note{ID: fmt.Sprintf("note-%d", n), Text: fmt.Sprintf("edit %d", n)})
		p.Contacts[n%len(p.Contacts)].Title = fmt.Sprintf("title %d", n)
		if err := s.SavePlan(ctx, p); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "committed %d\n", n)
		out.Flush()
	}
}

// A writer killed with SIGKILL at random moments loses no edit it reported committed,
// and leaves a database that passes SQLite's integrity check.
func TestKilledWriterLosesNothingCommitted(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test runs a writer process 30 times")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	s, err := OpenNoSeed(path)
	if err != nil {
		t.Fatal(err)
	}
	f := gen.Portfolio(1)[0]
	f.Plans[0].Notes = nil
	planID := importFile(t, s, f).ID
	s.Close()

	committed := -1
	for round := range 30 {
		committed = max(committed, killWriterOnce(t, path, planID, time.Duration(20+rand.IntN(180))*time.Millisecond))
		checkSurvivor(t, path, planID, committed, round)
	}
	if committed < 30 {
		t.Fatalf("the writer committed only %d edits in 30 rounds", committed)
	}
	t.Logf("%d edits committed across 30 kills, none lost", committed+1)
}

func killWriterOnce(t *testing.T, path, planID string, after time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writerEnv+"="+path, "KAMPLAN_CRASH_PLAN="+planID)
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	last := -1
	done := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "committed ")); err == nil {
				last = n
			}
		}
		close(done)
	}()
	time.Sleep(after)
	cmd.Process.Signal(syscall.SIGKILL)
	<-done
	cmd.Wait()
	if stderr.Len() > 0 {
		t.Fatalf("writer failed: %s", stderr.String())
	}
	return last
}

func checkSurvivor(t *testing.T, path, planID string, committed, round int) {
	t.Helper()
	s, err := OpenNoSeed(path)
	if err != nil {
		t.Fatalf("round %d: reopening: %v", round, err)
	}
	defer s.Close()
	var ok string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("round %d: integrity_check %q %v", round, ok, err)
	}
	p, err := s.LoadPlan(ctx, planID)
	if err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	have := map[string]bool{}
	for _, n := range p.Notes {
		have[n.Text] = true
	}
	for n := 0; n <= committed; n++ {
		if !have[fmt.Sprintf("edit %d", n)] {
			t.Fatalf("round %d: edit %d was reported committed but is gone", round, n)
		}
	}
}
