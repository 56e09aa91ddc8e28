package editor

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

func (e *Editor) objectivesPage() fyne.CanvasObject {
	list := widget.NewList(func() int { return len(e.plan.Objectives) }, form.NewTwoLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			ob := e.plan.Objectives[i]
			failing := !domain.SmartOK(e.plan.Smart(ob, domain.ParsePeriod(e.plan.Period)))
			form.SetTwoLineRow(o, ob.Statement, e.smartSummary(ob), failing)
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		if i < len(e.plan.Objectives) {
			e.objectiveDialog(e.plan.Objectives[i].ID, list)
		}
	}
	box := form.ListBox(list, func() int { return len(e.plan.Objectives) })
	e.live(func() { list.Refresh(); box.Refresh() }) // objectives added elsewhere (the white-space map) show at once
	add := widget.NewButtonWithIcon(e.tr("editor.add_objective"), theme.ContentAddIcon(), func() { e.objectiveDialog("", list) })
	return container.NewVBox(add, box)
}

// smartSummary is "✓ SMART", or the failing letters marked as plainly as the passing ones:
// "✗ T  (S✓ M✓ A✓ R✓ T✗)".
func (e *Editor) smartSummary(o domain.Objective) string {
	checks := e.plan.Smart(o, domain.ParsePeriod(e.plan.Period))
	if domain.SmartOK(checks) {
		return "✓ SMART"
	}
	var failed, all []string
	for _, c := range checks {
		mark := "✓"
		if !c.OK {
			mark = "✗"
			failed = append(failed, c.Letter)
		}
		all = append(all, c.Letter+mark)
	}
	return "✗ " + strings.Join(failed, " ") + "  (" + strings.Join(all, " ") + ")"
}

// choices is a select over a list of ids with "none" first; a stale id selects nothing.
type choices struct {
	ids []string
	sel *widget.Select
}

func (e *Editor) choicesOf(ids, labels []string, current string) choices {
	ids = append([]string{""}, ids...)
	labels = append([]string{e.tr("editor.none")}, labels...)
	return choices{ids: ids, sel: form.SelectOf(labels, slices.Index(ids, current))}
}

func (c choices) id() string {
	if i := c.sel.SelectedIndex(); i > 0 {
		return c.ids[i]
	}
	return ""
}

type objectiveForm struct {
	e                      *Editor
	o                      *domain.Objective
	fd                     *form.Dialog
	statement, unit, owner *form.Entry
	baseline, target, due  *form.Entry
	rationale              *form.Entry
	category               *widget.Select
	kpi, strategy, item    choices
	internal               *widget.Check
	smart                  *widget.Label
}

// objectiveDialog edits an objective with the SMART check of each letter shown as you type.
func (e *Editor) objectiveDialog(id string, list *widget.List) *form.Dialog {
	o := domain.Objective{ID: domain.NewID(), Category: domain.CatFinancial}
	if x := e.plan.FindObjective(id); x != nil {
		o = *x
	}
	return e.objectiveForm(id, o, list)
}

// newObjectiveDialog opens a new objective pre-filled with draft (for example from an open cell
// of the white-space map); nothing enters the plan until the person saves it.
func (e *Editor) newObjectiveDialog(draft domain.Objective, list *widget.List) *form.Dialog {
	if draft.ID == "" {
		draft.ID = domain.NewID()
	}
	return e.objectiveForm("", draft, list)
}

// objectiveForm edits o, an objective of the plan with id, or a new one when id is "".
func (e *Editor) objectiveForm(id string, o domain.Objective, list *widget.List) *form.Dialog {
	f := &objectiveForm{e: e, o: &o, fd: form.NewDialog(e.sh)}
	f.build()
	done := func() {
		if list != nil {
			list.Refresh()
		}
		e.refresh()
	}
	if id != "" {
		f.fd.AddDelete(o.Statement, func() error { return e.applyThen(domain.RemoveItem{Coll: domain.CollObjectives, ID: id}, done) })
	}
	f.fd.Show(e.tr("editor.objective"), nil, fyne.NewSize(720, 640), func() error {
		f.read()
		return e.applyThen(e.putEdit(domain.CollObjectives, id, o), done)
	})
	f.check()
	return f.fd
}

func (f *objectiveForm) build() {
	e, o, fd := f.e, f.o, f.fd
	a := e.sh
	f.statement = form.NewMultiEntry(a, o.Statement)
	var cats []string
	for _, c := range domain.Categories {
		cats = append(cats, e.tr("category."+string(c)))
	}
	f.category = form.SelectOf(cats, slices.Index(domain.Categories, o.Category))
	f.unit, f.owner = form.NewEntry(a, o.Unit), form.NewEntry(a, o.Owner)
	f.baseline, f.target = form.NewEntry(a, e.optionalText(o.Baseline)), form.NewEntry(a, e.optionalText(o.Target))
	f.due = form.NewEntry(a, e.loc.Day(o.Deadline))
	f.due.SetPlaceHolder(e.tr("editor.date_format"))
	f.rationale = form.NewMultiEntry(a, o.Rationale)
	kpiIDs, kpiLabels := e.kpiChoices()
	f.kpi = e.choicesOf(kpiIDs, kpiLabels, o.KPIID)
	stIDs, stLabels := e.strategyChoices()
	f.strategy = e.choicesOf(stIDs, stLabels, o.StrategyID)
	itIDs, itLabels := e.swotChoices()
	f.item = e.choicesOf(itIDs, itLabels, o.ItemID)
	f.internal = widget.NewCheck(e.tr("field.internal"), nil)
	f.internal.SetChecked(o.Internal)
	f.smart = widget.NewLabel("")
	f.smart.Wrapping = fyne.TextWrapWord
	number := func(w *form.Entry) func() error {
		return func() error { _, err := e.optionalNumber(w.Text); return err }
	}
	fd.Add("statement", "field.statement", f.statement, func() error { _, err := e.requiredText(f.statement.Text); return err })
	fd.Add("smart", "field.smart_check", f.smart, nil) // beside the statement, updated as you type
	fd.Add("category", "field.category", f.category, nil)
	fd.Add("kpi_id", "field.kpi", f.kpi.sel, nil)
	fd.Add("unit", "field.unit", f.unit, nil)
	fd.Add("baseline", "field.baseline", f.baseline, number(f.baseline))
	fd.Add("target", "field.target", f.target, number(f.target))
	fd.Add("deadline", "field.deadline", form.WithCalendar(e.sh, f.due, nil), func() error { _, err := e.loc.ParseDay(f.due.Text); return err })
	fd.Add("owner", "field.owner", f.owner, nil)
	fd.Add("strategy_id", "field.strategy", f.strategy.sel, nil)
	fd.Add("item_id", "field.swot_item", f.item.sel, nil)
	fd.Add("rationale", "field.rationale", f.rationale, nil)
	fd.Add("internal", "", f.internal, nil)
	for _, en := range []*form.Entry{f.statement, f.unit, f.baseline, f.target, f.due} {
		prev := en.OnChanged
		en.OnChanged = func(s string) { prev(s); f.check() }
	}
	for _, s := range []*widget.Select{f.kpi.sel, f.strategy.sel, f.item.sel} {
		s.OnChanged = func(string) { f.check() }
	}
}

// read copies the form into the objective (its fields were checked before Save was enabled).
func (f *objectiveForm) read() {
	o, e := f.o, f.e
	o.Statement, o.Unit, o.Owner = strings.TrimSpace(f.statement.Text), f.unit.Text, f.owner.Text
	o.Rationale, o.Internal = f.rationale.Text, f.internal.Checked
	o.Category = domain.Categories[max(0, f.category.SelectedIndex())]
	o.KPIID, o.StrategyID, o.ItemID = f.kpi.id(), f.strategy.id(), f.item.id()
	o.Baseline, _ = e.optionalNumber(f.baseline.Text)
	o.Target, _ = e.optionalNumber(f.target.Text)
	o.Deadline, _ = e.loc.ParseDay(f.due.Text)
}

// check shows the SMART check of what is typed, letter by letter.
func (f *objectiveForm) check() {
	o := *f.o
	f.read()
	var lines []string
	for _, c := range f.e.plan.Smart(*f.o, domain.ParsePeriod(f.e.plan.Period)) {
		if c.OK {
			lines = append(lines, "✓ "+c.Letter)
		} else {
			lines = append(lines, "✗ "+f.e.tr(c.Key))
		}
	}
	*f.o = o
	f.smart.SetText(strings.Join(lines, "\n"))
}

func (e *Editor) kpiChoices() (ids, labels []string) {
	for _, k := range e.plan.KPIs {
		ids, labels = append(ids, k.ID), append(labels, k.Name)
	}
	return ids, labels
}

func (e *Editor) strategyChoices() (ids, labels []string) {
	for _, s := range e.plan.Strategies {
		ids, labels = append(ids, s.ID), append(labels, e.tr("strategy."+string(s.Kind))+" — "+s.Text)
	}
	return ids, labels
}

// optionalNumber reads a number in the interface language; empty means not set.
func (e *Editor) optionalNumber(s string) (*float64, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	v, err := e.loc.ParseNumber(s)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func (e *Editor) optionalText(v *float64) string {
	if v == nil {
		return ""
	}
	return e.loc.Number(*v, locale.Decimals(*v))
}
