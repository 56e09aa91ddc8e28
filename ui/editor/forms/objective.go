package forms

import (
	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/domain/smart"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Objective is the objective dialog's form, with the SMART check of each letter shown as the
// person types.
type Objective struct {
	env                    Env
	o                      *domain.Objective
	statement, unit, owner *form.Entry
	baseline, target, due  *form.Entry
	rationale              *form.Entry
	category               *widget.Select
	kpi, strategy, item    Choice
	internal               *widget.Check
	smart                  *widget.Label
}

// NewObjective adds the form of objective o to a dialog.
func NewObjective(env Env, fd *form.Dialog, o *domain.Objective) *Objective {
	f := &Objective{env: env, o: o}
	loc, a := env.loc(), env.Host
	f.statement = form.NewMultiEntry(a, o.Statement)
	f.category = form.SelectOf(Keyed(loc, "category.", domain.Categories, ""), slices.Index(domain.Categories, o.Category))
	f.unit, f.owner = form.NewEntry(a, o.Unit), form.NewEntry(a, o.Owner)
	f.baseline, f.target = form.NewEntry(a, optionalText(loc, o.Baseline)), form.NewEntry(a, optionalText(loc, o.Target))
	f.due = form.NewEntry(a, loc.Day(o.Deadline))
	f.due.SetPlaceHolder(env.tr("editor.date_format"))
	f.rationale = form.NewMultiEntry(a, o.Rationale)
	kpiIDs, kpiLabels := kpiChoices(env.Plan)
	f.kpi = NewChoice(loc, kpiIDs, kpiLabels, o.KPIID)
	stIDs, stLabels := strategyChoices(loc, env.Plan)
	f.strategy = NewChoice(loc, stIDs, stLabels, o.StrategyID)
	itIDs, itLabels := swotChoices(loc, env.Plan)
	f.item = NewChoice(loc, itIDs, itLabels, o.ItemID)
	f.internal = widget.NewCheck(env.tr("field.internal"), nil)
	f.internal.SetChecked(o.Internal)
	f.smart = widget.NewLabel("")
	f.smart.Wrapping = fyne.TextWrapWord
	number := func(w *form.Entry) func() error {
		return func() error { _, err := env.Parse.OptionalNumber(w.Text); return err }
	}
	fd.Add("statement", "field.statement", f.statement, env.required(f.statement))
	fd.Add("smart", "field.smart_check", f.smart, nil) // beside the statement, updated as you type
	fd.Add("category", "field.category", f.category, nil)
	fd.Add("kpi_id", "field.kpi", f.kpi.Sel, nil)
	fd.Add("unit", "field.unit", f.unit, nil)
	fd.Add("baseline", "field.baseline", f.baseline, number(f.baseline))
	fd.Add("target", "field.target", f.target, number(f.target))
	fd.Add("deadline", "field.deadline", form.WithCalendar(a, f.due, nil), func() error { _, err := loc.ParseDay(f.due.Text); return err })
	fd.Add("owner", "field.owner", f.owner, nil)
	fd.Add("strategy_id", "field.strategy", f.strategy.Sel, nil)
	fd.Add("item_id", "field.swot_item", f.item.Sel, nil)
	fd.Add("rationale", "field.rationale", f.rationale, nil)
	fd.Add("internal", "", f.internal, nil)
	for _, en := range []*form.Entry{f.statement, f.unit, f.baseline, f.target, f.due} {
		prev := en.OnChanged
		en.OnChanged = func(s string) { prev(s); f.Check() }
	}
	for _, s := range []*widget.Select{f.kpi.Sel, f.strategy.Sel, f.item.Sel} {
		s.OnChanged = func(string) { f.Check() }
	}
	return f
}

// Read copies the form into the objective (its fields were checked before Save was enabled).
func (f *Objective) Read() {
	o, env := f.o, f.env
	o.Statement, o.Unit, o.Owner = strings.TrimSpace(f.statement.Text), f.unit.Text, f.owner.Text
	o.Rationale, o.Internal = f.rationale.Text, f.internal.Checked
	o.Category = domain.Categories[max(0, f.category.SelectedIndex())]
	o.KPIID, o.StrategyID, o.ItemID = f.kpi.ID(), f.strategy.ID(), f.item.ID()
	o.Baseline, _ = env.Parse.OptionalNumber(f.baseline.Text)
	o.Target, _ = env.Parse.OptionalNumber(f.target.Text)
	o.Deadline, _ = env.loc().ParseDay(f.due.Text)
}

// Check shows the SMART check of what is typed, letter by letter.
func (f *Objective) Check() {
	o := *f.o
	f.Read()
	var lines []string
	for _, c := range smart.Objective(f.env.Plan, *f.o, period.Parse(f.env.Plan.Period)) {
		if c.OK {
			lines = append(lines, "✓ "+c.Letter)
		} else {
			lines = append(lines, "✗ "+f.env.tr(c.Key))
		}
	}
	*f.o = o
	f.smart.SetText(strings.Join(lines, "\n"))
}

func kpiChoices(p *domain.Plan) (ids, labels []string) {
	for _, k := range p.KPIs {
		ids, labels = append(ids, k.ID), append(labels, k.Name)
	}
	return ids, labels
}

func strategyChoices(loc locale.Locale, p *domain.Plan) (ids, labels []string) {
	for _, s := range p.Strategies {
		ids, labels = append(ids, s.ID), append(labels, loc.T("strategy."+string(s.Kind))+" — "+s.Text)
	}
	return ids, labels
}

// optionalText writes a number that may not be set.
func optionalText(loc locale.Locale, v *float64) string {
	if v == nil {
		return ""
	}
	return loc.Number(*v, locale.Decimals(*v))
}
