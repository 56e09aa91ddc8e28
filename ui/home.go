package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// home lists the accounts of the portfolio beside a summary of the selected plan.
type home struct {
	app      *App
	all      []domain.PlanSummary
	shown    []domain.PlanSummary
	search   *widget.Entry
	tier     *widget.Select
	list     *widget.List
	count    *widget.Label
	quadrant *widget.Label
	detail   *widget.Label
	empty    fyne.CanvasObject
	body     *fyne.Container
}

func newHome(a *App) *home {
	h := &home{app: a}
	h.search = widget.NewEntry()
	h.search.SetPlaceHolder(a.tr("home.search"))
	h.search.OnChanged = func(string) { h.filter() }
	h.count = widget.NewLabel("")
	h.quadrant = widget.NewLabel("")
	h.detail = widget.NewLabel(a.tr("home.pick"))
	h.detail.Wrapping = fyne.TextWrapWord
	h.list = widget.NewList(func() int { return len(h.shown) }, h.newRow, h.updateRow)
	h.list.OnSelected = func(i widget.ListItemID) { h.showDetail(h.shown[i]) }
	h.tier = widget.NewSelect(h.tierOptions(), func(string) { h.filter() })
	h.tier.SetSelectedIndex(0)
	return h
}

func (h *home) tierOptions() []string {
	opts := []string{h.app.tr("home.all_tiers")}
	for _, t := range domain.Tiers {
		opts = append(opts, h.app.tr("tier."+string(t)))
	}
	return opts
}

func (h *home) build() fyne.CanvasObject {
	tier := container.NewGridWrap(fyne.NewSize(210, h.tier.MinSize().Height), h.tier)
	top := container.NewBorder(nil, nil, nil, tier, h.search)
	left := container.NewBorder(top, h.count, nil, nil, h.list)
	right := container.NewVScroll(container.NewVBox(
		widget.NewLabelWithStyle(h.app.tr("home.portfolio"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		h.quadrant, widget.NewSeparator(), h.detail))
	split := container.NewHSplit(left, right)
	split.Offset = 0.55
	h.empty = container.NewCenter(widget.NewLabel(h.app.tr("home.empty")))
	h.body = container.NewStack(split)
	return h.body
}

func (h *home) newRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	facts := widget.NewLabel("")
	facts.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(name, facts)
}

func (h *home) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := h.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.AccountName)
	box.Objects[1].(*widget.Label).SetText(strings.Join([]string{
		h.app.tr("tier." + string(r.Tier)), r.Period, h.quadrantName(r.Position), h.shareText(r),
	}, " · "))
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
	return h.app.tr("home.share", h.app.decimal(v, 1))
}

// reload reads the portfolio from the store.
func (h *home) reload() {
	rows, err := h.app.store.Portfolio(h.app.ctx)
	if err != nil {
		h.app.status.SetText(h.app.message(err))
		return
	}
	h.all = latestPlans(rows)
	h.filter()
	h.showQuadrants()
	if len(h.all) == 0 {
		h.body.Objects = []fyne.CanvasObject{h.empty}
		h.body.Refresh()
	}
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
	q := strings.ToLower(strings.TrimSpace(h.search.Text))
	tier := h.tier.SelectedIndex() - 1
	h.shown = h.shown[:0]
	for _, r := range h.all {
		if tier >= 0 && r.Tier != domain.Tiers[tier] {
			continue
		}
		if q != "" && !strings.Contains(strings.ToLower(r.AccountName+" "+r.Owner+" "+r.Industry), q) {
			continue
		}
		h.shown = append(h.shown, r)
	}
	sort.SliceStable(h.shown, func(i, j int) bool {
		return strings.ToLower(h.shown[i].AccountName) < strings.ToLower(h.shown[j].AccountName)
	})
	h.count.SetText(h.app.tr("home.count", len(h.shown), len(h.all)))
	h.list.UnselectAll()
	h.list.Refresh()
}

func (h *home) showQuadrants() {
	n := map[domain.PortfolioQuadrant]int{}
	incomplete := 0
	for _, r := range h.all {
		if r.Position.Placed {
			n[r.Position.Quadrant]++
		} else {
			incomplete++
		}
	}
	var lines []string
	for _, q := range domain.PortfolioQuadrants {
		lines = append(lines, fmt.Sprintf("%s: %d", h.app.tr("portfolio."+string(q)), n[q]))
	}
	lines = append(lines, fmt.Sprintf("%s: %d", h.app.tr("portfolio.incomplete"), incomplete))
	h.quadrant.SetText(strings.Join(lines, "\n"))
}

// showDetail summarises the selected account's plan.
func (h *home) showDetail(r domain.PlanSummary) {
	p, err := h.app.store.LoadPlan(h.app.ctx, r.PlanID)
	if err != nil {
		h.detail.SetText(h.app.message(err))
		return
	}
	st := domain.DefaultSettings()
	f := p.Summarise(st.Cutoff, domain.Today())
	lines := []string{
		r.AccountName + " — " + r.Period,
		h.app.tr("home.detail.quadrant", h.quadrantName(f.Position)),
		h.app.tr("home.detail.stage", h.app.tr(fmt.Sprintf("stage.%d", f.StageNow)), h.app.tr(fmt.Sprintf("stage.%d", f.StageTarget))),
		h.app.tr("home.detail.share", h.shareText(r)),
		h.app.tr("home.detail.counts", len(p.Contacts), len(p.Objectives), len(p.Actions), len(p.KPIs)),
		h.app.tr("home.detail.kpis", f.KPIStatus[domain.StatusGreen], f.KPIStatus[domain.StatusAmber], f.KPIStatus[domain.StatusRed]),
		h.app.tr("home.detail.overdue", f.Overdue),
	}
	for _, w := range f.Warnings {
		lines = append(lines, "⚠ "+h.app.tr(w.Key, w.Args...))
	}
	h.detail.SetText(strings.Join(lines, "\n"))
}
