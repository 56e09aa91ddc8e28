package editor

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
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
)

// kpisPage shows the KPIs as traffic lights with their sparklines; a tap opens the KPI, a
// tap on a triggered plan B lists its contingency actions.
func (e *Editor) kpisPage() fyne.CanvasObject {
	list := form.BlankList()
	lights := picture.NewKPILightsView(func() []domain.KPI { return e.plan.KPIs }, picture.KPIText(e.loc), func(h chart.KPIHit) {
		if h.PlanB {
			e.showPlanB(h.KPIID)
			return
		}
		e.kpiDialog(h.KPIID, list)
	})
	e.live(lights.Refresh)
	add := widget.NewButtonWithIcon(e.tr("editor.add_kpi"), theme.ContentAddIcon(), func() { e.kpiDialog("", list) })
	legend := widget.NewLabel(e.tr("plancharts.kpi_legend"))
	legend.Wrapping = fyne.TextWrapWord
	return container.NewVBox(add, legend, lights)
}

// showPlanB lists the contingency actions of a KPI's triggered plan B; each opens its action.
func (e *Editor) showPlanB(kpiID string) *fyne.Container {
	k := e.plan.FindKPI(kpiID)
	if k == nil {
		return nil
	}
	box := container.NewVBox()
	var d dialog.Dialog
	for _, id := range k.PlanB.ActionIDs {
		if a := e.plan.FindAction(id); a != nil {
			box.Add(widget.NewButtonWithIcon(a.Title, theme.NavigateNextIcon(), func() {
				d.Hide()
				e.actionDialog(id, form.BlankList())
			}))
		}
	}
	help := "plancharts.contingency_open"
	if len(box.Objects) == 0 {
		help = "plancharts.contingency_none"
	}
	box.Objects = append([]fyne.CanvasObject{form.Wrapped(e.tr(help))}, box.Objects...)
	d = dialog.NewCustom(e.tr("plancharts.contingency_title", k.Name), e.tr("dialog.close"), box, e.sh.Window())
	d.Resize(fyne.NewSize(520, 0))
	e.sh.ShowDialog(d, nil)
	return box
}

// maxRedPeriods is how many red periods in a row a plan B may wait for (the domain's limit).
const maxRedPeriods = 24

// kpiDialog edits a KPI; its history is typed one period per line ("2027-03 12.5").
func (e *Editor) kpiDialog(id string, list *widget.List) *form.Dialog {
	k := domain.NewKPI("")
	if x := e.plan.FindKPI(id); x != nil {
		k = *x
	}
	fd := form.NewDialog(e.sh)
	num := func(v float64) *form.Entry { return form.NewEntry(e.sh, e.loc.Number(v, locale.Decimals(v))) }
	name, unit := form.NewEntry(e.sh, k.Name), form.NewEntry(e.sh, k.Unit)
	baseline, target, green, amber := num(k.Baseline), num(k.Target), num(k.GreenPct), num(k.AmberPct)
	direction := form.SelectOf([]string{e.tr("direction.higher"), e.tr("direction.lower")}, map[domain.Direction]int{domain.LowerIsBetter: 1}[k.Direction])
	history := form.NewMultiEntry(e.sh, e.historyText(k.History))
	history.SetMinRowsVisible(6)
	history.SetPlaceHolder("2027-01 " + e.loc.Number(12.5, 1) + "\n2027-02 13")
	var reds []string
	for n := 0; n <= maxRedPeriods; n++ {
		reds = append(reds, strconv.Itoa(n))
	}
	red := form.SelectOf(reds, k.PlanB.RedPeriods)
	actIDs, actLabels := e.contingencyChoices()
	actions := widget.NewCheckGroup(actLabels, nil)
	actions.Selected = pickLabels(actIDs, actLabels, k.PlanB.ActionIDs)
	internal := widget.NewCheck(e.tr("field.internal"), nil)
	internal.SetChecked(k.Internal)
	number := func(w *form.Entry) func() error {
		return func() error { _, err := e.loc.ParseNumber(w.Text); return err }
	}
	fd.Add("name", "field.name", name, func() error { _, err := e.requiredText(name.Text); return err })
	fd.Add("unit", "field.unit", unit, nil)
	fd.Add("direction", "field.direction", direction, nil)
	fd.Add("baseline", "field.baseline", baseline, number(baseline))
	fd.Add("target", "field.target", target, number(target))
	fd.Add("green_pct", "field.green_pct", green, number(green))
	fd.Add("amber_pct", "field.amber_pct", amber, number(amber))
	fd.Add("history", "field.history", history, func() error { _, err := e.parseHistory(history.Text); return err })
	fd.Add("red_periods", "field.red_periods", red, nil)
	fd.Add("action_ids", "field.contingency_actions", actions, nil)
	fd.Add("internal", "", internal, nil)
	done := func() { list.Refresh(); e.refresh() }
	if id != "" {
		fd.AddDelete(k.Name, func() error { return e.applyThen(domain.RemoveItem{Coll: domain.CollKPIs, ID: id}, done) })
	}
	fd.Show(e.tr("editor.kpi"), nil, fyne.NewSize(720, 660), func() error {
		k.Name, k.Unit, k.Internal = strings.TrimSpace(name.Text), unit.Text, internal.Checked
		k.Direction = []domain.Direction{domain.HigherIsBetter, domain.LowerIsBetter}[max(0, direction.SelectedIndex())]
		k.Baseline, _ = e.loc.ParseNumber(baseline.Text)
		k.Target, _ = e.loc.ParseNumber(target.Text)
		k.GreenPct, _ = e.loc.ParseNumber(green.Text)
		k.AmberPct, _ = e.loc.ParseNumber(amber.Text)
		k.History, _ = e.parseHistory(history.Text)
		k.PlanB = domain.PlanB{RedPeriods: max(0, red.SelectedIndex()), ActionIDs: pickIDs(actIDs, actLabels, actions.Selected)}
		return e.applyThen(e.putEdit(domain.CollKPIs, id, k), done)
	})
	return fd
}

func (e *Editor) contingencyChoices() (ids, labels []string) {
	for _, a := range e.plan.Actions {
		if a.Contingency {
			ids, labels = append(ids, a.ID), append(labels, a.Title)
		}
	}
	return ids, labels
}

func (e *Editor) historyText(h []domain.Measurement) string {
	var lines []string
	for _, m := range h {
		lines = append(lines, m.Period+" "+e.loc.Number(m.Value, locale.Decimals(m.Value)))
	}
	return strings.Join(lines, "\n")
}

// parseHistory reads one "period value" per line; a bad line is refused with its number.
func (e *Editor) parseHistory(text string) ([]domain.Measurement, error) {
	var out []domain.Measurement
	for n, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		v, err := e.loc.ParseNumber(strings.Join(f[1:], ""))
		if len(f) < 2 || err != nil {
			return nil, fmt.Errorf("%s", e.tr("editor.err.history", n+1, line))
		}
		out = append(out, domain.Measurement{Period: f[0], Value: v})
	}
	return out, nil
}
