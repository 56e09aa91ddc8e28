package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

func (e *editor) kpisPage() fyne.CanvasObject {
	list := widget.NewList(func() int { return len(e.plan.KPIs) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(e.kpiLine(e.plan.KPIs[i])) })
	list.OnSelected = func(i widget.ListItemID) { list.UnselectAll(); e.kpiDialog(i, list) }
	add := widget.NewButtonWithIcon(e.tr("editor.add_kpi"), theme.ContentAddIcon(), func() { e.kpiDialog(-1, list) })
	return container.NewVBox(add, container.NewGridWrap(fyne.NewSize(900, 420), list))
}

func (e *editor) kpiLine(k domain.KPI) string {
	s := k.Status()
	key := "kpi.none"
	if s != domain.StatusNone {
		key = "kpi." + string(s)
	}
	line := fmt.Sprintf("%s · %s", strings.ToUpper(e.tr(key)), k.Name)
	if m, ok := k.Latest(); ok {
		line += fmt.Sprintf(" · %s %s (%s) → %s", e.app.decimal(m.Value, decimals(m.Value)), k.Unit, m.Period, e.app.decimal(k.Target, decimals(k.Target)))
	}
	if k.PlanBTriggered() {
		line += " · " + e.tr("editor.plan_b_triggered")
	}
	return line
}

// kpiDialog edits a KPI; its history is typed one period per line ("2027-03 12,5").
func (e *editor) kpiDialog(i int, list *widget.List) {
	k := domain.NewKPI("")
	if i >= 0 {
		k = e.plan.KPIs[i]
	}
	entry := func(v string) *widget.Entry { w := widget.NewEntry(); w.SetText(v); return w }
	num := func(v float64) *widget.Entry { return entry(e.app.decimal(v, decimals(v))) }
	name, unit := entry(k.Name), entry(k.Unit)
	baseline, target, green, amber := num(k.Baseline), num(k.Target), num(k.GreenPct), num(k.AmberPct)
	direction := selectOf([]string{e.tr("direction.higher"), e.tr("direction.lower")}, map[domain.Direction]int{domain.LowerIsBetter: 1}[k.Direction])
	history := widget.NewMultiLineEntry()
	history.SetMinRowsVisible(6)
	history.SetText(e.historyText(k.History))
	history.SetPlaceHolder("2027-01 12,5\n2027-02 13")
	var reds []string
	for n := 0; n <= 12; n++ {
		reds = append(reds, strconv.Itoa(n))
	}
	red := selectOf(reds, k.PlanB.RedPeriods)
	actIDs, actLabels := e.contingencyChoices()
	actions := widget.NewCheckGroup(actLabels, nil)
	actions.Selected = pickLabels(actIDs, actLabels, k.PlanB.ActionIDs)
	internal := widget.NewCheck(e.tr("field.internal"), nil)
	internal.SetChecked(k.Internal)
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.name"), name), widget.NewFormItem(e.tr("field.unit"), unit),
		widget.NewFormItem(e.tr("field.direction"), direction), widget.NewFormItem(e.tr("field.baseline"), baseline),
		widget.NewFormItem(e.tr("field.target"), target), widget.NewFormItem(e.tr("field.green_pct"), green),
		widget.NewFormItem(e.tr("field.amber_pct"), amber), widget.NewFormItem(e.tr("field.history"), history),
		widget.NewFormItem(e.tr("field.red_periods"), red), widget.NewFormItem(e.tr("field.contingency_actions"), actions),
		widget.NewFormItem("", internal))
	d := dialog.NewCustomConfirm(e.tr("editor.kpi"), e.tr("dialog.save"), e.tr("dialog.cancel"), container.NewVScroll(form), func(ok bool) {
		if !ok {
			return
		}
		var err error
		k.Name, k.Unit, k.Internal = strings.TrimSpace(name.Text), unit.Text, internal.Checked
		k.Direction = []domain.Direction{domain.HigherIsBetter, domain.LowerIsBetter}[max(0, direction.SelectedIndex())]
		for _, f := range []struct {
			w *widget.Entry
			v *float64
		}{{baseline, &k.Baseline}, {target, &k.Target}, {green, &k.GreenPct}, {amber, &k.AmberPct}} {
			x, ok := parseDecimal(f.w.Text)
			if !ok {
				e.app.showError(errorf(e.tr("editor.err.number") + ": " + f.w.Text))
				return
			}
			*f.v = x
		}
		if k.History, err = e.parseHistory(history.Text); err != nil {
			e.app.showError(err)
			return
		}
		k.PlanB = domain.PlanB{RedPeriods: red.SelectedIndex(), ActionIDs: pickIDs(actIDs, actLabels, actions.Selected)}
		e.listSaved(putItem(e, &e.plan.KPIs, i, k), list)
	}, e.app.win)
	if i >= 0 {
		e.deleteButton(form, d, k.Name, func() error { e.removeKPI(k.ID); return nil }, list)
	}
	d.Resize(fyne.NewSize(720, 660))
	d.Show()
}

func (e *editor) contingencyChoices() (ids, labels []string) {
	for _, a := range e.plan.Actions {
		if a.Contingency {
			ids, labels = append(ids, a.ID), append(labels, a.Title)
		}
	}
	return ids, labels
}

func (e *editor) historyText(h []domain.Measurement) string {
	var lines []string
	for _, m := range h {
		lines = append(lines, m.Period+" "+e.app.decimal(m.Value, decimals(m.Value)))
	}
	return strings.Join(lines, "\n")
}

// parseHistory reads one "period value" per line; a bad line is refused with its number.
func (e *editor) parseHistory(text string) ([]domain.Measurement, error) {
	var out []domain.Measurement
	for n, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		v, ok := parseDecimal(strings.Join(f[1:], ""))
		if len(f) < 2 || !ok {
			return nil, errorf(e.tr("editor.err.history", n+1, line))
		}
		out = append(out, domain.Measurement{Period: f[0], Value: v})
	}
	return out, nil
}

func (e *editor) removeKPI(id string) {
	var kept []domain.KPI
	for _, k := range e.plan.KPIs {
		if k.ID != id {
			kept = append(kept, k)
		}
	}
	e.plan.KPIs = kept
	for i := range e.plan.Objectives {
		if e.plan.Objectives[i].KPIID == id {
			e.plan.Objectives[i].KPIID = ""
		}
	}
	e.changed()
}
