package snapshots

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/editor"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/shell"
)

// TestMain keeps the editor's save timers from firing during the tests: they save by
// flushing, as the app does before it leaves a plan.
func TestMain(m *testing.M) {
	editor.SaveDelay = time.Hour
	os.Exit(m.Run())
}

// testApp is a window of the app with the sample plan open in the editor and its snapshots
// screen (see uitest.Shell); its store keeps a snapshot at each sign-off, as the app's does.
type testApp struct {
	*uitest.Shell
	store   shell.Store
	editor  *editor.Editor
	screen  *Screen
	backs   int      // how many times the screen went back to the plan
	written string   // the file the last export was written to
	signed  []string // the sign-off snapshots kept, as the person was told
}

func (a *testApp) Store() shell.Store { return a.store }

// openSample opens the main sample plan in the editor and makes its snapshots screen.
func openSample(t testing.TB, lang string) *testApp {
	t.Helper()
	a := &testApp{Shell: uitest.NewShell(t, lang)}
	a.store = KeepSignOffs(a.DB, SignOffs{Locale: a.Locale, Author: func() string { return "Marta Ruiz" },
		Kept: func(label string, err error) {
			if err != nil {
				t.Error(err)
			}
			a.signed = append(a.signed, label)
		}})
	acc, err := a.DB.AccountByName(a.Context(), "Aceros del Norte, S.A.")
	if err != nil {
		t.Fatal(err)
	}
	a.openPlan(t, acc, latestPlan(t, a, acc.ID))
	t.Cleanup(func() { a.editor.Stop() })
	return a
}

// openPlan opens a plan in the editor, with its snapshots screen.
func (a *testApp) openPlan(t testing.TB, acc *domain.Account, planID string) {
	t.Helper()
	p, err := a.DB.LoadPlan(a.Context(), planID)
	if err != nil {
		t.Fatal(err)
	}
	a.editor = editor.New(a, acc, p)
	a.Show(a.editor.View())
	dir := t.TempDir()
	a.screen = New(a, a.editor, Actions{
		Back: func() { a.backs++; a.Show(a.editor.View()) },
		ChooseFile: func(name string, write func(string)) {
			a.written = filepath.Join(dir, name)
			write(a.written)
		},
		PlanFile: func(id string) ([]byte, error) { return a.DB.ExportSnapshot(a.Context(), id) },
		Author:   func() string { return "Marta Ruiz" }})
}

func latestPlan(t testing.TB, a *testApp, accountID string) string {
	t.Helper()
	rows, err := a.DB.Portfolio(a.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range domain.LatestPlans(rows) {
		if r.AccountID == accountID {
			return r.PlanID
		}
	}
	t.Fatal("the account has no plan")
	return ""
}

// stored is the open plan as the database holds it.
func (a *testApp) stored(t *testing.T) *domain.Plan {
	t.Helper()
	p, err := a.DB.LoadPlan(a.Context(), a.editor.Plan().ID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// kept lists the open plan's snapshots, newest first, as the database holds them.
func (a *testApp) kept(t *testing.T) []history.SnapshotInfo {
	t.Helper()
	list, err := Kept(a, a.editor.Plan().ID)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// apply makes an edit in the editor and saves it.
func (a *testApp) apply(t *testing.T, ed domain.Edit) {
	t.Helper()
	if err := a.editor.Apply(ed); err != nil {
		t.Fatal(err)
	}
	if !a.editor.Flush() {
		t.Fatal(a.editor.SaveState())
	}
}

// shown is every text on screen, a line each: labels, buttons, choices, rich texts (a
// label's own rich text, which says the same, once).
func (a *testApp) shown() string {
	var lines []string
	add := func(text string) {
		if len(lines) == 0 || lines[len(lines)-1] != text {
			lines = append(lines, text)
		}
	}
	for _, o := range test.LaidOutObjects(a.Win.Content()) {
		if !o.Visible() {
			continue
		}
		switch x := o.(type) {
		case *widget.Label:
			add(x.Text)
		case *widget.Button:
			add(x.Text)
		case *widget.Select:
			add(x.Selected)
		case *widget.RichText:
			add(strings.TrimSuffix(segmentsText(x.Segments), "\n"))
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// tap taps the button on screen with a text.
func (a *testApp) tap(t *testing.T, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(a.Win.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			if b.Disabled() {
				t.Fatalf("the button %q is disabled", text)
			}
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q on screen:\n%s", text, a.shown())
}

// choose selects a state in the Before (0) or After (1) choice of the comparison.
func (a *testApp) choose(t *testing.T, which int, option string) {
	t.Helper()
	var selects []*widget.Select
	for _, o := range test.LaidOutObjects(a.Win.Content()) {
		if s, ok := o.(*widget.Select); ok {
			selects = append(selects, s)
		}
	}
	if len(selects) != 2 {
		t.Fatalf("%d choices on screen", len(selects))
	}
	selects[which].SetSelected(option)
	if selects[which].Selected != option {
		t.Fatalf("no state %q among %q", option, selects[which].Options)
	}
}

// segmentsText is the text of rich text segments, lists' items included, a line each.
func segmentsText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		if l, ok := s.(*widget.ListSegment); ok {
			b.WriteString(segmentsText(l.Items))
			continue
		}
		b.WriteString(s.Textual())
		if !s.Inline() {
			b.WriteString("\n")
		}
	}
	return b.String()
}
