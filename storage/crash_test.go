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
	if path := os.Getenv(listerEnv); path != "" {
		os.Exit(runLister(path))
	}
	os.Exit(m.Run())
}

// runWriter adds one note per save, forever. It reports "begun N" from inside the save's
// transaction and "committed N" once the save has returned.
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
	n := len(p.Notes)
	inSaveTx = func() { fmt.Fprintf(out, "begun %d\n", n); out.Flush() }
	for ; ; n++ {
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
// and leaves a database that passes SQLite's integrity check. What is checked does not
// depend on the machine's speed: at least 30 kills, and more until one has landed inside
// a save's transaction.
func TestKilledWriterLosesNothingCommitted(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test runs a writer process at least 30 times")
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

	committed, midTx, round := -1, 0, 0
	for ; round < 30 || (midTx == 0 && round < 300); round++ {
		k := killWriterOnce(t, path, planID, time.Duration(rand.IntN(60))*time.Millisecond)
		committed = max(committed, k.committed)
		if k.midTx {
			midTx++
		}
		checkSurvivor(t, path, planID, committed, round)
	}
	if midTx == 0 {
		t.Fatalf("no kill in %d rounds landed inside a save's transaction", round)
	}
	t.Logf("%d kills, %d inside a transaction; %d edits committed, none lost", round, midTx, committed+1)
}

// kill is what the writer had reported when it was killed.
type kill struct {
	committed int  // the last save reported committed, -1 for none
	midTx     bool // the last report was a save's transaction begun, not yet returned
}

// killWriterOnce starts a writer, lets it save for a while once its first save has
// begun, and kills it.
func killWriterOnce(t *testing.T, path, planID string, after time.Duration) kill {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writerEnv+"="+path, "KAMPLAN_CRASH_PLAN="+planID)
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	k := kill{committed: -1}
	started, done := make(chan struct{}), make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for first := true; sc.Scan(); first = false {
			if first {
				close(started)
			}
			verb, num, _ := strings.Cut(sc.Text(), " ")
			n, _ := strconv.Atoi(num)
			k.midTx = verb == "begun"
			if verb == "committed" {
				k.committed = n
			}
		}
		close(done)
	}()
	select {
	case <-started:
	case <-done: // the writer died on its own; stderr says why
	}
	time.Sleep(after)
	cmd.Process.Signal(syscall.SIGKILL)
	<-done
	cmd.Wait()
	if stderr.Len() > 0 {
		t.Fatalf("writer failed: %s", stderr.String())
	}
	return k
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
