package home

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// overdueReview gives the plan of the account a review held 40 days ago and a monthly
// cadence, in the store: its next review passed ten days or so ago.
func overdueReview(t *testing.T, a *testApp, account string) *domain.Plan {
	t.Helper()
	p := storedPlan(t, a, planOf(t, a, account))
	p.ReviewCadence = domain.CadenceMonthly
	p.Reviews = []domain.Review{{ID: "rv-old", Date: domain.Today().AddDays(-40)}}
	if err := a.store.SavePlan(a.ctx, p); err != nil {
		t.Fatal(err)
	}
	return p
}

func planOf(t *testing.T, a *testApp, account string) string {
	t.Helper()
	for _, r := range a.home.all {
		if r.AccountName == account {
			return r.PlanID
		}
	}
	t.Fatalf("no account %s", account)
	return ""
}

// reviewsDueInStore are the latest plans whose next review, as the store's summaries keep
// it, falls within 14 days or has passed.
func reviewsDueInStore(t *testing.T, a *testApp) map[string]domain.Date {
	t.Helper()
	rows, err := a.store.Portfolio(a.ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]domain.Date{}
	for _, r := range domain.LatestPlans(rows) {
		if !r.NextReview.IsZero() && !r.NextReview.After(domain.Today().AddDays(14)) {
			out[r.PlanID] = r.NextReview
		}
	}
	return out
}

// An account whose review is overdue is on the home's due list, before what is due later,
// marked, with its date; tapping it opens its plan where the review cadence is set.
func TestHomeListsTheReviewsDue(t *testing.T) {
	a := newTestApp(t, "en")
	p := overdueReview(t, a, "Cementos del Ebro, S.A.")
	a.ShowHome()
	h := a.home
	want := reviewsDueInStore(t, a)
	if _, ok := want[p.ID]; !ok {
		t.Fatalf("the store's summaries do not have the overdue review: %v", want)
	}
	pick, seenLater := -1, false
	for i, it := range h.due.items {
		if !it.review {
			continue
		}
		if d, ok := want[it.planID]; !ok || !d.Equal(it.due) || it.overdue != d.Before(domain.Today()) {
			t.Errorf("listed %s's review of %v (overdue %v); the store has %v", it.account, it.due, it.overdue, want[it.planID])
		}
		delete(want, it.planID)
		seenLater = seenLater || !it.overdue
		if it.overdue && seenLater {
			t.Error("an overdue review is listed after one still to come")
		}
		if it.planID == p.ID {
			pick = i
		}
	}
	if len(want) > 0 || pick < 0 {
		t.Fatalf("reviews due not listed: %v", want)
	}
	row := h.due.newRow()
	h.due.updateRow(pick, row)
	when, what := row.(*fyne.Container).Objects[1].(*widget.Label), row.(*fyne.Container).Objects[0].(*widget.Label)
	if when.Text != "⚠ "+a.Loc.LongDate(h.due.items[pick].due) || when.Importance != widget.DangerImportance ||
		what.Text != "Review: Cementos del Ebro, S.A. ("+h.due.items[pick].owner+")" {
		t.Errorf("the overdue review reads %q %q", when.Text, what.Text)
	}
	if !strings.Contains(h.due.title.Text, "account review") {
		t.Errorf("the panel's title does not count the reviews: %q", h.due.title.Text)
	}
	h.due.list.Select(pick)
	if last := opened(t, a); last.PlanID != p.ID || last.Page != reviewPage {
		t.Fatalf("tapping the review opened %+v", last)
	}
}

// Sorted by next review, the account whose review is most overdue comes first, and the
// accounts without a next review come last; each row shows its next review in the right-hand
// column, where it is never cut (overdue marked, a far one too), and a row without one shows
// no date there rather than its next deadline.
func TestHomeSortsByNextReview(t *testing.T) {
	a := newTestApp(t, "es")
	p := overdueReview(t, a, "Cementos del Ebro, S.A.")
	far := farReview(t, a, "Aceros del Norte, S.A.")
	a.ShowHome()
	h := a.home
	h.sortBy.SetSelected(a.tr("home.sort.review"))
	rows, _ := a.store.Portfolio(a.ctx)
	var soonest domain.Date
	dated, next := 0, map[string]domain.Date{}
	for _, r := range domain.LatestPlans(rows) {
		next[r.PlanID] = r.NextReview
		if !r.NextReview.IsZero() {
			dated++
			if soonest.IsZero() || r.NextReview.Before(soonest) {
				soonest = r.NextReview
			}
		}
	}
	if h.shown[0].PlanID != p.ID || !h.shown[0].NextReview.Equal(soonest) || dated == len(h.shown) || !h.shown[dated].NextReview.IsZero() {
		t.Fatalf("sorted by next review: first %s (%v), the store's soonest %v; %d of %d dated",
			h.shown[0].AccountName, h.shown[0].NextReview, soonest, dated, len(h.shown))
	}
	if d := next[far.ID]; d.IsZero() || !d.After(domain.Today().AddDays(14)) {
		t.Fatalf("the store's next review of the far account: %v", d)
	}
	for i, r := range h.shown {
		when, facts := rowTexts(h, i)
		want := ""
		switch d := next[r.PlanID]; {
		case d.IsZero():
		case d.Before(domain.Today()):
			want = "⚠ revisión " + a.Loc.Day(d)
		default:
			want = "revisión " + a.Loc.Day(d)
		}
		if when.Text != want || (want != "" && strings.Contains(facts, want)) {
			t.Errorf("%s: right-hand column %q, want %q (facts %q)", r.AccountName, when.Text, want, facts)
		}
		if d := next[r.PlanID]; !d.IsZero() && d.Before(domain.Today()) != (when.Importance == widget.DangerImportance) {
			t.Errorf("%s: overdue review marked %v", r.AccountName, when.Importance)
		}
	}
}

// farReview gives the plan of the account a review held 10 days ago and a quarterly
// cadence, in the store: its next review is some 80 days away.
func farReview(t *testing.T, a *testApp, account string) *domain.Plan {
	t.Helper()
	p := storedPlan(t, a, planOf(t, a, account))
	p.ReviewCadence = domain.CadenceQuarterly
	p.Reviews = []domain.Review{{ID: "rv-far", Date: domain.Today().AddDays(-10)}}
	if err := a.store.SavePlan(a.ctx, p); err != nil {
		t.Fatal(err)
	}
	return p
}

// rowTexts are the right-hand column and the facts of the i-th row of the list.
func rowTexts(h *Home, i int) (*widget.Label, string) {
	row := h.newRow()
	h.updateRow(i, row)
	second := row.(*fyne.Container).Objects[1].(*fyne.Container)
	return second.Objects[1].(*widget.Label), second.Objects[0].(*widget.Label).Text
}
