package home

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
	"kamplan/ui/shell"
)

// home lists the accounts of the portfolio beside the portfolio overview and the selected plan.
type Home struct {
	sh       shell.Shell
	loc      locale.Locale
	actions  Actions
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
	ratio    float64 // the pipeline coverage ratio of the settings
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

// Actions are what the empty portfolio offers to do first.
type Actions struct {
	NewAccount   func()
	OpenPlanFile func()
}

// New is the portfolio screen of a window.
func New(sh shell.Shell, actions Actions) *Home {
	h := &Home{sh: sh, loc: sh.Locale(), actions: actions}
	h.search = widget.NewEntry()
	h.search.SetPlaceHolder(h.loc.T("home.search"))
	h.search.OnChanged = func(string) { h.filter() }
	h.count = widget.NewLabel("")
	h.overview = widget.NewLabel("")
	h.overview.Wrapping = fyne.TextWrapWord
	h.steps = container.NewStack()
	h.open = widget.NewButtonWithIcon(h.loc.T("home.open"), theme.DocumentIcon(), h.onOpen)
	h.open.Importance = widget.HighImportance
	h.open.Disable()
	h.list = widget.NewList(func() int { return len(h.shown) }, h.newRow, h.updateRow)
	h.list.OnSelected = func(i widget.ListItemID) { h.onSelect(i) }
	h.tier = widget.NewSelect(h.tierOptions(), func(string) { h.filter() })
	h.quadrant = widget.NewSelect(h.quadrantOptions(), func(string) { h.filter() })
	h.owner = widget.NewSelect([]string{h.loc.T("home.all_owners")}, func(string) { h.filter() })
	h.sortBy = widget.NewSelect(h.sortOptions(), func(string) { h.filter() })
	return h
}

func (h *Home) tierOptions() []string {
	opts := []string{h.loc.T("home.all_tiers")}
	for _, t := range domain.Tiers {
		opts = append(opts, h.loc.T("tier."+string(t)))
	}
	return opts
}

func (h *Home) quadrantOptions() []string {
	opts := []string{h.loc.T("home.all_quadrants")}
	for _, q := range domain.PortfolioQuadrants {
		opts = append(opts, h.loc.T("portfolio."+string(q)))
	}
	return append(opts, h.loc.T("portfolio.incomplete"))
}

var sortKeys = []string{"home.sort.name", "home.sort.revenue", "home.sort.share", "home.sort.deadline", "home.sort.health", "home.sort.review"}

func (h *Home) sortOptions() []string {
	var opts []string
	for _, k := range sortKeys {
		opts = append(opts, h.loc.T(k))
	}
	return opts
}

// View draws the portfolio: the accounts, the matrix, the selected account and what is due.
func (h *Home) View() fyne.CanvasObject {
	if len(h.all) == 0 {
		h.loadRows()
	}
	if len(h.all) == 0 {
		return h.emptyState()
	}
	choose(h.owner, 0)
	restoreChoices(h)
	filters := container.NewGridWithColumns(2, h.tier, h.quadrant, h.owner, h.sortBy)
	top := container.NewVBox(h.search, filters)
	left := container.NewBorder(top, h.count, nil, nil, h.list)
	matrix := h.buildMatrix()
	detail := h.detailPanel()
	h.due = newDuePanel(h)
	h.due.load(h.all)
	return container.New(homeLayout{}, left, matrix, panel(detail), panel(h.due.build()))
}

func (h *Home) emptyState() fyne.CanvasObject {
	return container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle(h.loc.T("home.empty.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(h.loc.T("home.empty"), fyne.TextAlignCenter, fyne.TextStyle{}),
		container.NewCenter(container.NewHBox(
			widget.NewButtonWithIcon(h.loc.T("menu.new_account"), theme.ContentAddIcon(), h.actions.NewAccount),
			widget.NewButtonWithIcon(h.loc.T("menu.open_plan_file"), theme.FolderOpenIcon(), h.actions.OpenPlanFile)))))
}

func (h *Home) newRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	facts := widget.NewLabel("")
	facts.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(container.NewBorder(nil, nil, nil, widget.NewLabel(""), name),
		container.NewBorder(nil, nil, nil, widget.NewLabel(""), facts))
}

func (h *Home) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := h.shown[i]
	box := o.(*fyne.Container)
	first := box.Objects[0].(*fyne.Container)
	first.Objects[0].(*widget.Label).SetText(r.AccountName)
	healthBadge(h.loc, first.Objects[1].(*widget.Label), r.Health)
	second := box.Objects[1].(*fyne.Container)
	byReview := sortedByReview(h.sortBy)
	if byReview {
		showNextReview(h.loc, second.Objects[1].(*widget.Label), r)
	} else {
		h.deadline(second.Objects[1].(*widget.Label), r.NextDeadline)
	}
	parts := []string{h.loc.T("tier." + string(r.Tier)), r.Period, h.quadrantName(r.Position), h.shareText(r)}
	if s := h.pipelineText(r); s != "" {
		parts = append(parts, s)
	}
	if !byReview {
		parts = withReview(parts, reviewText(h.loc, r), !r.NextReview.After(domain.Today().AddDays(dueDays)))
	}
	second.Objects[0].(*widget.Label).SetText(strings.Join(parts, " · "))
}

// deadline shows an account's next deadline, marked when it has passed.
func (h *Home) deadline(l *widget.Label, d domain.Date) {
	switch {
	case d.IsZero():
		l.Importance = widget.MediumImportance
		l.SetText("")
	case d.Before(domain.Today()):
		l.Importance = widget.DangerImportance
		l.SetText("⚠ " + h.loc.T("matrix.overdue_since", h.loc.LongDate(d)))
	default: // just the date: the facts beside it keep their room
		l.Importance = widget.MediumImportance
		l.SetText(h.loc.LongDate(d))
	}
}

func (h *Home) quadrantName(p domain.Position) string {
	if !p.Placed {
		return h.loc.T("portfolio.incomplete")
	}
	return h.loc.T("portfolio." + string(p.Quadrant))
}

func (h *Home) shareText(r domain.PlanSummary) string {
	v, ok := r.ShareOfWallet()
	if !ok {
		return h.loc.T("home.share_unknown")
	}
	return h.loc.T("home.share", h.loc.Number(v, 1))
}

func (h *Home) loadRows() {
	rows, err := h.sh.Store().Portfolio(h.sh.Context())
	if err != nil {
		h.sh.Notify(form.Message(h.loc, err))
		return
	}
	h.all = domain.LatestPlans(rows)
	h.ratio = h.coverageRatio()
}

// Reload reads the portfolio from the store.
func (h *Home) Reload() {
	if h.all == nil {
		h.loadRows()
	}
	owners := []string{h.loc.T("home.all_owners")}
	seen := map[string]bool{}
	for _, r := range h.all {
		if r.Owner != "" && !seen[r.Owner] {
			seen[r.Owner] = true
			owners = append(owners, r.Owner)
		}
	}
	sort.Strings(owners[1:])
	h.owner.Options = owners
	restoreOwnerAndAccount(h)
	h.filter()
	h.showOverview()
}

// Reread reads the portfolio of h from the store again and shows it in the same screen, with
// the filters and the selection kept (the plans' health was scored again, say). A function,
// not one more method of the home.
func Reread(h *Home) {
	h.all = nil
	h.Reload()
}

func (h *Home) filter() {
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
	h.count.SetText(h.loc.TCount("home.count", len(h.all), len(h.shown), len(h.all)))
	h.list.UnselectAll()
	h.list.Refresh()
	h.showOnMatrix()
	if h.due != nil {
		h.due.showOnly(h.shown)
	}
	h.keepSelection()
	keepChoices(h)
}

// keepSelection selects again the account selected before filtering, when it is still shown.
func (h *Home) keepSelection() {
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

func (h *Home) matches(r domain.PlanSummary, q string) bool {
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

func (h *Home) sortRows() {
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
	case 4:
		less = lowerHealth
	case 5:
		less = earlierReview
	}
	sort.SliceStable(h.shown, func(i, j int) bool { return less(h.shown[i], h.shown[j]) })
}

func (h *Home) showOverview() {
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
		parts = append(parts, fmt.Sprintf("%s %d", h.loc.T("portfolio."+string(q)), n[q]))
	}
	parts = append(parts, fmt.Sprintf("%s %d", h.loc.T("portfolio.incomplete"), incomplete))
	if s := h.pipelineTotal(); s != "" {
		parts = append(parts, s)
	}
	h.overview.SetText(strings.Join(parts, " · "))
}

func (h *Home) onSelect(i widget.ListItemID) {
	r := h.shown[i]
	h.selected = &r
	keepChoices(h)
	h.open.Enable()
	if h.matrix != nil {
		h.matrix.Select(r.AccountID)
	}
	p, err := h.sh.Store().LoadPlan(h.sh.Context(), r.PlanID)
	if err != nil {
		h.showDetailError(err)
		return
	}
	h.showDetail(r, p)
}

func (h *Home) onOpen() {
	if h.selected != nil {
		h.sh.OpenPlan(h.selected.AccountID, h.selected.PlanID, "")
	}
}

// Rows are the portfolio's accounts with their latest plans, as last read.
func (h *Home) Rows() []domain.PlanSummary { return h.all }

// FocusSearch puts the cursor in the search of the accounts.
func (h *Home) FocusSearch() { h.sh.Window().Canvas().Focus(h.search) }

// Selected is the account picked in the list with its plan; ok is false when none is.
func (h *Home) Selected() (domain.PlanSummary, bool) {
	if h.selected == nil {
		return domain.PlanSummary{}, false
	}
	return *h.selected, true
}
