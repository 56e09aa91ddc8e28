package home

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/picture"
	"kamplan/ui/shell"
)

func init() { DueInBackground = false } // see DueInBackground

// homeMatrix opens the portfolio at 1366×768 and returns the home and its matrix.
func homeMatrix(t *testing.T, lang string) (*testApp, *Home, *picture.PortfolioMatrix) {
	t.Helper()
	a := newTestApp(t, lang)
	closeDialogs(a)
	a.ShowHome()
	a.win.Resize(fyne.NewSize(1366, 768))
	if a.home.matrix.Size().Width < 300 {
		t.Fatalf("the matrix is %v", a.home.matrix.Size())
	}
	return a, a.home, a.home.matrix
}

func accountID(t *testing.T, h *Home, name string) string {
	t.Helper()
	for _, r := range h.all {
		if r.AccountName == name {
			return r.AccountID
		}
	}
	t.Fatalf("no account %s", name)
	return ""
}

// bubbleOf is where an account's bubble is drawn on the matrix.
func bubbleOf(t *testing.T, m *picture.PortfolioMatrix, id string) fyne.Position {
	t.Helper()
	l := m.Layout()
	i := l.Find(id)
	if i < 0 {
		t.Fatalf("account %s has no bubble", id)
	}
	return fyne.NewPos(float32(l.Bubbles[i].Centre.X), float32(l.Bubbles[i].Centre.Y))
}

func TestMatrixTapSelectsTheAccountInTheList(t *testing.T) {
	_, h, m := homeMatrix(t, "en")
	id := accountID(t, h, "Cementos del Ebro, S.A.")
	test.TapAt(m, bubbleOf(t, m, id))
	if h.selected == nil || h.selected.AccountID != id || !strings.Contains(detailText(h), "Cementos del Ebro, S.A. · ") {
		t.Fatalf("the tap selected %v; detail %q", h.selected, detailText(h))
	}
	if m.Selected() != id || m.Layout().Bubbles[len(m.Layout().Bubbles)-1].ID != id {
		t.Error("the tapped bubble is not highlighted on top")
	}
	test.TapAt(m, fyne.NewPos(2, 2)) // outside the plot: the selection stays
	if h.selected.AccountID != id {
		t.Error("a tap on empty space changed the selection")
	}
}

func TestMatrixHighlightsTheAccountSelectedInTheList(t *testing.T) {
	a, h, m := homeMatrix(t, "en")
	selectAccount(t, a, "Conservas Cantábricas")
	id := accountID(t, h, "Conservas Cantábricas")
	l := m.Layout()
	top := l.Bubbles[len(l.Bubbles)-1]
	if m.Selected() != id || top.ID != id || !top.Selected || top.Label.Hidden {
		t.Fatalf("the matrix highlights %q (top %+v)", m.Selected(), top)
	}
}

func TestMatrixFollowsTheHomeFilters(t *testing.T) {
	_, h, m := homeMatrix(t, "en")
	placed := func(rows []domain.PlanSummary) map[string]bool {
		out := map[string]bool{}
		for _, r := range rows {
			if r.Position.Placed {
				out[r.AccountID] = true
			}
		}
		return out
	}
	if got, want := len(m.Layout().Bubbles), len(placed(h.all)); got != want || want < 4 {
		t.Fatalf("%d bubbles for %d placed accounts", got, want)
	}
	for _, f := range []func(){
		func() { h.tier.SetSelected("Strategic account") },
		func() { h.tier.SetSelectedIndex(0); h.quadrant.SetSelected("Star") },
		func() { h.quadrant.SetSelectedIndex(0); h.owner.SetSelectedIndex(1) },
	} {
		f()
		want := placed(h.shown)
		l := m.Layout()
		if len(l.Bubbles) != len(want) || len(want) == len(placed(h.all)) {
			t.Fatalf("filtered to %d shown accounts, %d bubbles", len(want), len(l.Bubbles))
		}
		for _, b := range l.Bubbles {
			if !want[b.ID] {
				t.Errorf("%s is filtered out of the list but on the matrix", b.ID)
			}
		}
	}
}

func TestMatrixDoubleTapOpensThePlan(t *testing.T) {
	a, h, m := homeMatrix(t, "en")
	id := accountID(t, h, "Cementos del Ebro, S.A.")
	m.DoubleTapped(&fyne.PointEvent{Position: bubbleOf(t, m, id)})
	if last := opened(t, a); last.AccountID != id {
		t.Fatal("a double tap did not open the account's plan")
	}
}

func TestMatrixHoverDescribesTheAccount(t *testing.T) {
	_, h, m := homeMatrix(t, "es")
	id := accountID(t, h, "Aceros del Norte, S.A.")
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: bubbleOf(t, m, id)}})
	got := strings.Join(m.HoverText(), "\n")
	for _, want := range []string{"Aceros del Norte, S.A.", "Atractivo del cliente 7,70", "Fortaleza relativa 7,30", "Cuota de cliente 22,9 %", "Estratégico"} {
		if !strings.Contains(got, want) {
			t.Errorf("hover lacks %q:\n%s", want, got)
		}
	}
	m.MouseOut()
	if m.HoverText() != nil {
		t.Error("the pop-up stays after the pointer left")
	}
}

// Unplaced accounts are listed beside the matrix with what is missing; a tap selects them.
func TestHomeListsIncompleteAccountsWithWhatIsMissing(t *testing.T) {
	a, _, _ := homeMatrix(t, "en")
	if _, err := a.store.CreateAccount(a.ctx, &domain.Account{Name: "Nuevo Cliente", Tier: domain.Tiers[0]}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	a.ShowHome()
	h := a.home
	var want []string
	for _, r := range h.shown {
		if !r.Position.Placed {
			want = append(want, r.AccountName)
		}
	}
	if len(want) != 1 || len(h.unplaced) != 1 || h.incompleteTitle.Text != "Not on the matrix (1)" {
		t.Fatalf("incomplete %v, listed %d, title %q", want, len(h.unplaced), h.incompleteTitle.Text)
	}
	row := h.newIncompleteRow()
	h.updateIncompleteRow(0, row)
	if text := row.(*fyne.Container).Objects[1].(*widget.Label).Text; text != "Attractiveness and strength not fully scored" {
		t.Errorf("missing: %q", text)
	}
	h.incomplete.Select(0)
	if h.selected == nil || h.selected.AccountName != want[0] {
		t.Error("tapping an incomplete account does not select it")
	}
}

// The list marks a passed deadline; the due panel lists every open action of every account
// due within 14 days or overdue, as the store holds them, and opens the plan at its actions.
func TestHomeListsWhatIsDueAcrossAccounts(t *testing.T) {
	a, h, _ := homeMatrix(t, "en")
	today, want, overdue := domain.Today(), 0, 0
	for _, r := range h.all {
		for _, act := range storedPlan(t, a, r.PlanID).Actions {
			if act.Open() && !act.Due.IsZero() && !act.Due.After(today.AddDays(14)) {
				want++
			}
			if act.Overdue(today) {
				overdue++
			}
		}
	}
	actions := 0
	for _, it := range h.due.items {
		if !it.review {
			actions++
		}
	}
	if actions != want || want == 0 || overdue == 0 {
		t.Fatalf("due panel lists %d actions, the store holds %d due (%d overdue)", actions, want, overdue)
	}
	for i := 1; i < len(h.due.items); i++ {
		if h.due.items[i].due.Before(h.due.items[i-1].due) {
			t.Fatal("the due list is not by date")
		}
	}
	row := h.newRow()
	for i, r := range h.shown {
		if !r.NextDeadline.IsZero() && r.NextDeadline.Before(today) {
			h.updateRow(i, row)
			mark := row.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*widget.Label)
			if mark.Text != "⚠ overdue "+r.NextDeadline.Time().Format("2 Jan 2006") || mark.Importance != widget.DangerImportance {
				t.Errorf("%s: deadline shown as %q", r.AccountName, mark.Text)
			}
		}
	}
	i := slices.IndexFunc(h.due.items, func(it dueItem) bool { return !it.review })
	h.due.list.Select(i)
	if last := opened(t, a); last.PlanID != h.due.items[i].planID || last.Page != shell.PageActions {
		t.Fatal("a due action did not open its plan at the actions")
	}
}

// The home has no split handle: its panels are laid out side by side at any size.
func TestHomeHasNoSplitHandle(t *testing.T) {
	a, _, _ := homeMatrix(t, "en")
	walk(a.win.Content(), func(o fyne.CanvasObject) {
		if _, ok := o.(*container.Split); ok {
			t.Fatal("the home still has a split")
		}
	})
}
