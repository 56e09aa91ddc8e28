package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// home lists the accounts of the portfolio beside the portfolio overview and the selected plan.
type home struct {
	app      *App
	all      []domain.PlanSummary
	shown    []domain.PlanSummary
	selected *domain.PlanSummary
	search   *widget.Entry
	tier     *widget.Select
	quadrant *widget.Select
	owner    *widget.Select
	sortBy   *widget.Select
	list     *widget.List
	count    *widget.Label
	overview *widget.Label
	title    *widget.Label
	facts    *fyne.Container
	steps    *fyne.Container
	open     *widget.Button

	matrix          *picture.PortfolioMatrix
	incomplete      *widget.List
	incompleteTitle *widget.Label
	incompleteSide  fyne.CanvasObject
	unplaced        []domain.PlanSummary
	due             *duePanel
}

func newHome(a *App) *home {
	h := &home{app: a}
	h.search = widget.NewEntry()
	h.search.SetPlaceHolder(a.tr("home.search"))
	h.search.OnChanged = func(string) { h.filter() }
	h.count = widget.NewLabel("")
	h.overview = widget.NewLabel("")
	h.overview.Wrapping = fyne.TextWrapWord
	h.steps = container.NewStack()
	h.open = widget.NewButtonWithIcon(a.tr("home.open"), theme.DocumentIcon(), h.onOpen)
	h.open.Importance = widget.HighImportance
	h.open.Disable()
	h.list = widget.NewList(func() int { return len(h.shown) }, h.newRow, h.updateRow)
	h.list.OnSelected = func(i widget.ListItemID) { h.onSelect(i) }
	h.tier = widget.NewSelect(h.tierOptions(), func(string) { h.filter() })
	h.quadrant = widget.NewSelect(h.quadrantOptions(), func(string) { h.filter() })
	h.owner = widget.NewSelect([]string{a.tr("home.all_owners")}, func(string) { h.filter() })
	h.sortBy = widget.NewSelect(h.sortOptions(), func(string) { h.filter() })
	return h
}

func (h *home) tierOptions() []string {
	opts := []string{h.app.tr("home.all_tiers")}
	for _, t := range domain.Tiers {
		opts = append(opts, h.app.tr("tier."+string(t)))
	}
	return opts
}

func (h *home) quadrantOptions() []string {
	opts := []string{h.app.tr("home.all_quadrants")}
	for _, q := range domain.PortfolioQuadrants {
		opts = append(opts, h.app.tr("portfolio."+string(q)))
	}
	return append(opts, h.app.tr("portfolio.incomplete"))
}

var sortKeys = []string{"home.sort.name", "home.sort.revenue", "home.sort.share", "home.sort.deadline"}

func (h *home) sortOptions() []string {
	var opts []string
	for _, k := range sortKeys {
		opts = append(opts, h.app.tr(k))
	}
	return opts
}

func (h *home) build() fyne.CanvasObject {
	if len(h.all) == 0 {
		h.loadRows()
	}
	if len(h.all) == 0 {
		return h.emptyState()
	}
	h.tier.SetSelectedIndex(0)
	h.quadrant.SetSelectedIndex(0)
	h.owner.SetSelectedIndex(0)
	h.sortBy.SetSelectedIndex(0)
	filters := container.NewGridWithColumns(2, h.tier, h.quadrant, h.owner, h.sortBy)
	top := container.NewVBox(h.search, filters)
	left := container.NewBorder(top, h.count, nil, nil, h.list)
	matrix := h.buildMatrix()
	detail := h.detailPanel()
	h.due = newDuePanel(h)
	h.due.load(h.all)
	return container.New(homeLayout{}, left, matrix, panel(detail), panel(h.due.build()))
}

func (h *home) emptyState() fyne.CanvasObject {
	return container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle(h.app.tr("home.empty.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(h.app.tr("home.empty"), fyne.TextAlignCenter, fyne.TextStyle{}),
		container.NewCenter(container.NewHBox(
			widget.NewButtonWithIcon(h.app.tr("menu.new_account"), theme.ContentAddIcon(), func() { h.app.newAccountDialog() }),
			widget.NewButtonWithIcon(h.app.tr("menu.open_plan_file"), theme.FolderOpenIcon(), h.app.openPlanFileDialog)))))
}

func (h *home) newRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	facts := widget.NewLabel("")
	facts.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(name, container.NewBorder(nil, nil, nil, widget.NewLabel(""), facts))
}

func (h *home) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := h.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.AccountName)
	second := box.Objects[1].(*fyne.Container)
	h.deadline(second.Objects[1].(*widget.Label), r.NextDeadline)
	parts := []string{h.app.tr("tier." + string(r.Tier)), r.Period, h.quadrantName(r.Position), h.shareText(r)}
	second.Objects[0].(*widget.Label).SetText(strings.Join(parts, " · "))
}

// deadline shows an account's next deadline, marked when it has passed.
func (h *home) deadline(l *widget.Label, d domain.Date) {
	switch {
	case d.IsZero():
		l.Importance = widget.MediumImportance
		l.SetText("")
	case d.Before(domain.Today()):
		l.Importance = widget.DangerImportance
		l.SetText("⚠ " + h.app.tr("matrix.overdue_since", h.app.loc.Day(d)))
	default: // just the date: the facts beside it keep their room
		l.Importance = widget.MediumImportance
		l.SetText(h.app.loc.Day(d))
	}
}

func (h *home) quadrantName(p domain.Position) string {
	if !p.Placed {
		return h.app.tr("portfolio.incomplete")
	}
	return h.app.tr("portfolio." + string(p.Quadrant))
}

func (h *home) shareText(r domain.PlanSummary) string {
	v, ok := r.ShareOfWallet()
	if !ok {
		return h.app.tr("home.share_unknown")
	}
	return h.app.tr("home.share", h.app.loc.Number(v, 1))
}

func (h *home) loadRows() {
	rows, err := h.app.store.Portfolio(h.app.ctx)
	if err != nil {
		h.app.setStatus(form.Message(h.app.loc, err))
		return
	}
	h.all = latestPlans(rows)
}

// reload reads the portfolio from the store.
func (h *home) reload() {
	if h.all == nil {
		h.loadRows()
	}
	owners := []string{h.app.tr("home.all_owners")}
	seen := map[string]bool{}
	for _, r := range h.all {
		if r.Owner != "" && !seen[r.Owner] {
			seen[r.Owner] = true
			owners = append(owners, r.Owner)
		}
	}
	sort.Strings(owners[1:])
	h.owner.Options = owners
	h.filter()
	h.showOverview()
}

// latestPlans keeps the newest plan of each account (the store lists newest first).
func latestPlans(rows []domain.PlanSummary) []domain.PlanSummary {
	seen := map[string]bool{}
	var out []domain.PlanSummary
	for _, r := range rows {
		if !seen[r.AccountID] {
			seen[r.AccountID] = true
			out = append(out, r)
		}
	}
	return out
}

func (h *home) filter() {
	if h.count == nil || h.sortBy == nil {
		return
	}
	q := strings.ToLower(strings.TrimSpace(h.search.Text))
	h.shown = h.shown[:0]
	for _, r := range h.all {
		if h.matches(r, q) {
			h.shown = append(h.shown, r)
		}
	}
	h.sortRows()
	h.count.SetText(h.app.trCount("home.count", len(h.all), len(h.shown), len(h.all)))
	h.list.UnselectAll()
	h.list.Refresh()
	h.showOnMatrix()
	h.keepSelection()
}

// keepSelection selects again the account selected before filtering, when it is still shown.
func (h *home) keepSelection() {
	if h.selected == nil {
		return
	}
	for i, r := range h.shown {
		if r.AccountID == h.selected.AccountID {
			h.list.Select(i)
			return
		}
	}
	if h.matrix != nil {
		h.matrix.Select("")
	}
}

func (h *home) matches(r domain.PlanSummary, q string) bool {
	if t := h.tier.SelectedIndex() - 1; t >= 0 && r.Tier != domain.Tiers[t] {
		return false
	}
	if qi := h.quadrant.SelectedIndex() - 1; qi >= 0 {
		if qi == len(domain.PortfolioQuadrants) {
			if r.Position.Placed {
				return false
			}
		} else if !r.Position.Placed || r.Position.Quadrant != domain.PortfolioQuadrants[qi] {
			return false
		}
	}
	if h.owner.SelectedIndex() > 0 && r.Owner != h.owner.Selected {
		return false
	}
	return q == "" || strings.Contains(strings.ToLower(r.AccountName+" "+r.Owner+" "+r.Industry), q)
}

func (h *home) sortRows() {
	by := h.sortBy.SelectedIndex()
	less := func(a, b domain.PlanSummary) bool {
		return strings.ToLower(a.AccountName) < strings.ToLower(b.AccountName)
	}
	switch by {
	case 1:
		less = func(a, b domain.PlanSummary) bool { return a.Revenue > b.Revenue }
	case 2:
		less = func(a, b domain.PlanSummary) bool {
			x, _ := a.ShareOfWallet()
			y, _ := b.ShareOfWallet()
			return x > y
		}
	case 3:
		less = func(a, b domain.PlanSummary) bool {
			if a.NextDeadline.IsZero() != b.NextDeadline.IsZero() {
				return b.NextDeadline.IsZero()
			}
			return a.NextDeadline.Before(b.NextDeadline)
		}
	}
	sort.SliceStable(h.shown, func(i, j int) bool { return less(h.shown[i], h.shown[j]) })
}

func (h *home) showOverview() {
	n := map[domain.PortfolioQuadrant]int{}
	incomplete := 0
	for _, r := range h.all {
		if r.Position.Placed {
			n[r.Position.Quadrant]++
		} else {
			incomplete++
		}
	}
	var parts []string
	for _, q := range domain.PortfolioQuadrants {
		parts = append(parts, fmt.Sprintf("%s %d", h.app.tr("portfolio."+string(q)), n[q]))
	}
	parts = append(parts, fmt.Sprintf("%s %d", h.app.tr("portfolio.incomplete"), incomplete))
	h.overview.SetText(strings.Join(parts, " · "))
}

func (h *home) onSelect(i widget.ListItemID) {
	r := h.shown[i]
	h.selected = &r
	h.open.Enable()
	if h.matrix != nil {
		h.matrix.Select(r.AccountID)
	}
	p, err := h.app.store.LoadPlan(h.app.ctx, r.PlanID)
	if err != nil {
		h.showDetailError(err)
		return
	}
	h.showDetail(r, p)
}

func (h *home) onOpen() {
	if h.selected != nil {
		h.app.openPlan(h.selected.AccountID, h.selected.PlanID)
	}
}

// firstStart opens the sample plan with a hint of where to begin, the first time only.
func (a *App) firstStart() bool {
	if a.fyne.Preferences().Bool("hint.shown") || a.home == nil || len(a.home.all) == 0 {
		return false
	}
	a.fyne.Preferences().SetBool("hint.shown", true)
	for _, r := range a.home.all {
		if r.AccountName == sampleAccount {
			a.openPlan(r.AccountID, r.PlanID)
			break
		}
	}
	a.ShowDialog(dialog.NewInformation(a.tr("hint.title"), a.tr("hint.body"), a.win), nil)
	return true
}

// sampleAccount is the complete sample plan a new database starts with.
const sampleAccount = "Aceros del Norte, S.A."
