package forms

import (
	"fmt"
	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"strings"

	"fyne.io/fyne/v2/widget"
)

// maxRedPeriods is how many red periods in a row a plan B may wait for (the domain's limit).
const maxRedPeriods = 24

// KPI is the KPI dialog's form; the history and the interim targets are typed one period per
// line ("2027-03 12.5").
type KPI struct {
	env                            Env
	name, unit                     *form.Entry
	history, milestones            *form.Entry
	baseline, target, green, amber *form.Entry
	direction, red                 *widget.Select
	actions                        picks
	internal                       *widget.Check
}

// NewKPI adds the form of KPI k to a dialog.
func NewKPI(env Env, fd *form.Dialog, k domain.KPI) *KPI {
	loc, a := env.loc(), env.Host
	num := func(v float64) *form.Entry { return form.NewEntry(a, loc.Number(v, locale.Decimals(v))) }
	f := &KPI{env: env, name: form.NewEntry(a, k.Name), unit: form.NewEntry(a, k.Unit), history: form.NewMultiEntry(a, historyText(loc, k.History)),
		baseline: num(k.Baseline), target: num(k.Target), green: num(k.GreenPct), amber: num(k.AmberPct),
		direction:  form.SelectOf([]string{env.tr("direction.higher"), env.tr("direction.lower")}, map[domain.Direction]int{domain.LowerIsBetter: 1}[k.Direction]),
		milestones: form.NewMultiEntry(a, historyText(loc, k.Milestones)),
		red:        form.SelectOf(Numbers(0, maxRedPeriods), k.PlanB.RedPeriods),
		actions:    newPicks(contingencyChoices(env.Plan)), internal: widget.NewCheck(env.tr("field.internal"), nil)}
	f.history.SetMinRowsVisible(6)
	f.history.SetPlaceHolder("2027-01 " + loc.Number(12.5, 1) + "\n2027-02 13")
	f.milestones.SetMinRowsVisible(3)
	f.milestones.SetPlaceHolder("2027-03 " + loc.Number(13.5, 1) + "\n2027-06 14")
	f.actions.check(k.PlanB.ActionIDs)
	f.internal.SetChecked(k.Internal)
	number := func(w *form.Entry) func() error {
		return func() error { _, err := loc.ParseNumber(w.Text); return err }
	}
	fd.Add("name", "field.name", f.name, env.required(f.name))
	fd.Add("unit", "field.unit", f.unit, nil)
	fd.Add("direction", "field.direction", f.direction, nil)
	fd.Add("baseline", "field.baseline", f.baseline, number(f.baseline))
	fd.Add("target", "field.target", f.target, number(f.target))
	fd.Add("green_pct", "field.green_pct", f.green, number(f.green))
	fd.Add("amber_pct", "field.amber_pct", f.amber, number(f.amber))
	fd.Add("history", "field.history", f.history, readable(loc, f.history))
	fd.Add("milestones", "field.milestones", f.milestones, readable(loc, f.milestones))
	fd.Add("red_periods", "field.red_periods", f.red, nil)
	fd.Add("action_ids", "field.contingency_actions", f.actions.group, nil)
	fd.Add("internal", "", f.internal, nil)
	return f
}

// Read is k as the form says it (its fields were checked before Save was enabled).
func (f *KPI) Read(k domain.KPI) domain.KPI {
	loc := f.env.loc()
	k.Name, k.Unit, k.Internal = strings.TrimSpace(f.name.Text), f.unit.Text, f.internal.Checked
	k.Direction = []domain.Direction{domain.HigherIsBetter, domain.LowerIsBetter}[max(0, f.direction.SelectedIndex())]
	k.Baseline, _ = loc.ParseNumber(f.baseline.Text)
	k.Target, _ = loc.ParseNumber(f.target.Text)
	k.GreenPct, _ = loc.ParseNumber(f.green.Text)
	k.AmberPct, _ = loc.ParseNumber(f.amber.Text)
	k.History, _ = parseHistory(loc, f.history.Text)
	k.Milestones, _ = parseHistory(loc, f.milestones.Text)
	k.PlanB = domain.PlanB{RedPeriods: max(0, f.red.SelectedIndex()), ActionIDs: f.actions.chosen()}
	return k
}

func contingencyChoices(p *domain.Plan) (ids, labels []string) {
	for _, a := range p.Actions {
		if a.Contingency {
			ids, labels = append(ids, a.ID), append(labels, a.Title)
		}
	}
	return ids, labels
}

func historyText(loc locale.Locale, h []domain.Measurement) string {
	var lines []string
	for _, m := range h {
		lines = append(lines, m.Period+" "+loc.Number(m.Value, locale.Decimals(m.Value)))
	}
	return strings.Join(lines, "\n")
}

// readable checks that a list of values by period can be read.
func readable(loc locale.Locale, w *form.Entry) func() error {
	return func() error { _, err := parseHistory(loc, w.Text); return err }
}

// parseHistory reads one "period value" per line; a bad line is refused with its number.
func parseHistory(loc locale.Locale, text string) ([]domain.Measurement, error) {
	var out []domain.Measurement
	for n, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		v, err := loc.ParseNumber(strings.Join(f[1:], ""))
		if len(f) < 2 || err != nil {
			return nil, fmt.Errorf("%s", loc.T("editor.err.history", n+1, line))
		}
		out = append(out, domain.Measurement{Period: f[0], Value: v})
	}
	return out, nil
}
