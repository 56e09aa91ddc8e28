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

// dueItem is one open action of some account, overdue or due within dueDays.
type dueItem struct {
	accountID, planID, account string
	title, owner               string
	due                        domain.Date
	overdue                    bool
}

// dueActions lists the open actions of p that are overdue or due by today+days.
func dueActions(r domain.PlanSummary, p *domain.Plan, today domain.Date, days int) []dueItem {
	var out []dueItem
	until := today.AddDays(days)
	for _, a := range p.Actions {
		if !a.Open() || a.Due.IsZero() || a.Due.After(until) {
			continue
		}
		out = append(out, dueItem{accountID: r.AccountID, planID: r.PlanID, account: r.AccountName,
			title: a.Title, owner: a.Owner, due: a.Due, overdue: a.Overdue(today)})
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
	items   []dueItem
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
		h.sh.OpenPlan(it.accountID, it.planID, shell.PageActions)
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
	when.SetText(d.h.loc.Day(it.due))
	when.Importance = widget.MediumImportance
	if it.overdue {
		when.SetText("⚠ " + d.h.loc.Day(it.due))
		when.Importance = widget.DangerImportance
	}
	when.Refresh()
	text := it.account + " — " + it.title
	if it.owner != "" {
		text += " (" + it.owner + ")"
	}
	what.SetText(text)
}

// DueInBackground: the home reads the plans for what is due off the UI goroutine. The tests
// turn it off (home_matrix_test.go): under Fyne's test driver fyne.Do runs on the calling
// goroutine, beside the test's own.
var DueInBackground = true

// load reads every account's latest plan (1,000 plans take a second or two) and shows what
// is due, quietly, while the home is already usable; errors and panics are shown in the panel.
func (d *duePanel) load(rows []domain.PlanSummary) {
	rows = append([]domain.PlanSummary(nil), rows...)
	today := domain.Today()
	read := func() ([]dueItem, error) {
		var items []dueItem
		err := shell.Recovered(func() error {
			for _, r := range rows {
				p, err := d.h.sh.Store().LoadPlan(d.h.sh.Context(), r.PlanID)
				if err != nil {
					return err
				}
				items = append(items, dueActions(r, p, today, dueDays)...)
			}
			sortDue(items)
			return nil
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
	d.items = items
	overdue := 0
	for _, it := range items {
		if it.overdue {
			overdue++
		}
	}
	d.title.SetText(d.h.loc.T("matrix.due.title", dueDays, d.h.loc.TCount("matrix.due.actions", len(items), len(items)),
		d.h.loc.TCount("matrix.due.overdue", overdue, overdue)))
	if len(items) == 0 {
		d.title.SetText(d.h.loc.T("matrix.due.none", dueDays))
	}
	d.list.Refresh()
}
