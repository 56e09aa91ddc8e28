package home

import (
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// dueDays is how far ahead the home lists what is due.
const dueDays = 14

// dueItem is one open action or account review of some account, overdue or due within
// dueDays; page is where tapping it opens the plan.
type dueItem struct {
	accountID, planID, account string
	title, owner               string
	due                        domain.Date
	overdue, review            bool
	page                       shell.Page
}

// dueItems names the account of each action due.
func dueItems(rows []domain.PlanSummary, due []domain.PlanAction, today domain.Date) []dueItem {
	byPlan := make(map[string]domain.PlanSummary, len(rows))
	for _, r := range rows {
		byPlan[r.PlanID] = r
	}
	out := make([]dueItem, 0, len(due))
	for _, d := range due {
		r, a := byPlan[d.PlanID], d.Action
		out = append(out, dueItem{accountID: r.AccountID, planID: r.PlanID, account: r.AccountName,
			title: a.Title, owner: a.Owner, due: a.Due, overdue: a.Overdue(today), page: shell.PageActions})
	}
	return out
}

// sortDue puts the oldest deadline first, then account and action by name.
func sortDue(items []dueItem) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if !a.due.Equal(b.due) {
			return a.due.Before(b.due)
		}
		if a.account != b.account {
			return strings.ToLower(a.account) < strings.ToLower(b.account)
		}
		return strings.ToLower(a.title) < strings.ToLower(b.title)
	})
}

// duePanel lists what is due across all accounts. The plans are read off the UI goroutine.
type duePanel struct {
	h       *Home
	all     []dueItem       // what is due across the portfolio
	only    map[string]bool // the accounts the home's filters show; nil: all
	items   []dueItem       // what the panel lists: all, of the accounts shown
	title   *widget.Label
	list    *widget.List
	loading sync.WaitGroup
}

func newDuePanel(h *Home) *duePanel {
	d := &duePanel{h: h, title: widget.NewLabelWithStyle(h.loc.T("matrix.due.loading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	d.title.Wrapping = fyne.TextWrapWord
	d.list = widget.NewList(func() int { return len(d.items) }, d.newRow, d.updateRow)
	d.list.OnSelected = func(i widget.ListItemID) {
		d.list.Unselect(i)
		it := d.items[i]
		h.sh.OpenPlan(it.accountID, it.planID, it.page)
	}
	return d
}

func (d *duePanel) build() fyne.CanvasObject {
	return container.NewBorder(d.title, nil, nil, nil, d.list)
}

func (d *duePanel) newRow() fyne.CanvasObject {
	when := widget.NewLabel("")
	what := widget.NewLabel("")
	what.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, when, widget.NewIcon(theme.NavigateNextIcon()), what)
}

func (d *duePanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	it := d.items[i]
	box := o.(*fyne.Container)
	what, when := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
	when.SetText(d.h.loc.LongDate(it.due))
	when.Importance = widget.MediumImportance
	if it.overdue {
		when.SetText("⚠ " + d.h.loc.LongDate(it.due))
		when.Importance = widget.DangerImportance
	}
	when.Refresh()
	text := it.account + " — " + it.title
	if it.review {
		text = d.h.loc.T("matrix.due.review", it.account) // the kind first: the account's name may be cut
	}
	if it.owner != "" {
		text += " (" + it.owner + ")"
	}
	what.SetText(text)
}

// DueInBackground: the home reads the plans for what is due off the UI goroutine. The tests
// turn it off (home_matrix_test.go): under Fyne's test driver fyne.Do runs on the calling
// goroutine, beside the test's own.
var DueInBackground = true

// load reads the open actions due of every account's latest plan — their rows alone, never a
// whole plan — and shows them, quietly, while the home is already usable; errors and panics
// are shown in the panel.
func (d *duePanel) load(rows []domain.PlanSummary) {
	rows = append([]domain.PlanSummary(nil), rows...)
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.PlanID
	}
	today := domain.Today()
	read := func() ([]dueItem, error) {
		var items []dueItem
		err := shell.Recovered(func() error {
			due, err := d.h.sh.Store().ActionsDue(d.h.sh.Context(), ids, today.AddDays(dueDays))
			items = append(dueItems(rows, due, today), reviewsDue(rows, today)...)
			sortDue(items)
			return err
		})
		return items, err
	}
	if !DueInBackground {
		d.show(read())
		return
	}
	d.loading.Add(1)
	go func() {
		defer d.loading.Done()
		items, err := read()
		fyne.Do(func() { d.show(items, err) })
	}()
}

func (d *duePanel) show(items []dueItem, err error) {
	if err != nil {
		d.title.SetText(form.Message(d.h.loc, err))
		return
	}
	d.all = items
	d.filter()
}

// showOnly lists what is due of the accounts the home's filters show, as the list and the
// matrix do.
func (d *duePanel) showOnly(rows []domain.PlanSummary) {
	d.only = make(map[string]bool, len(rows))
	for _, r := range rows {
		d.only[r.AccountID] = true
	}
	if d.all != nil {
		d.filter()
	}
}

func (d *duePanel) filter() {
	items := d.all
	if d.only != nil {
		items = nil
		for _, it := range d.all {
			if d.only[it.accountID] {
				items = append(items, it)
			}
		}
	}
	d.items = items
	reviews, overdue := 0, 0
	for _, it := range items {
		if it.review {
			reviews++
		}
		if it.overdue {
			overdue++
		}
	}
	d.title.SetText(d.h.loc.T("matrix.due.title", dueDays, d.dueCounts(len(items)-reviews, reviews),
		d.h.loc.TCount("matrix.due.overdue", overdue, overdue)))
	if len(items) == 0 {
		d.title.SetText(d.h.loc.T("matrix.due.none", dueDays))
	}
	d.list.Refresh()
}
