package pipeline

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/editor/bind"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// dealForm is the opportunity dialog's form over one opportunity.
type dealForm struct {
	h                              Host
	d                              domain.Deal
	columns                        []string // the stages offered, in the board's order
	name, value, pct, next         *form.Entry
	close, closedOn, reason        *form.Entry
	stage                          *widget.Select
	offering, centre, owner, rival forms.Choice
	objectives                     *widget.CheckGroup
	internal                       *widget.Check
	objectiveIDs                   []string
}

func newDealForm(h Host, fd *form.Dialog, d domain.Deal) *dealForm {
	env := h.Env()
	loc, w := env.Host.Locale(), env.Host
	p := env.Plan
	f := &dealForm{h: h, d: d, columns: pipeline.Columns(stages(h), p),
		name: form.NewEntry(w, d.Name), value: form.NewEntry(w, bind.MoneyText(loc, d.Value)),
		pct: form.NewEntry(w, strconv.Itoa(d.Probability)), next: form.NewEntry(w, d.NextStep),
		close: form.NewEntry(w, loc.Day(d.Close)), closedOn: form.NewEntry(w, loc.Day(d.ClosedOn)),
		reason: form.NewMultiEntry(w, d.Reason), internal: widget.NewCheck(loc.T("field.internal"), nil)}
	f.internal.SetChecked(d.Internal)
	var labels []string
	for _, s := range f.columns {
		labels = append(labels, StageName(loc, s))
	}
	f.stage = form.SelectOf(labels, slices.Index(f.columns, d.Stage))
	f.offering = choiceOf(loc, p.Wallet.Offerings, func(x domain.Offering) (string, string) { return x.ID, x.Name }, d.OfferingID)
	f.centre = choiceOf(loc, p.Centres, func(x domain.BuyingCentre) (string, string) { return x.ID, x.Name }, d.CentreID)
	f.owner = choiceOf(loc, env.Account.Team, func(x domain.TeamMember) (string, string) { return x.ID, x.Name }, d.OwnerID)
	f.rival = choiceOf(loc, p.Wallet.Competitors, func(x domain.CompetitorShare) (string, string) { return x.ID, x.Name }, d.CompetitorID)
	f.objectivePicks(p)
	f.add(fd)
	f.stage.OnChanged = func(string) { f.stageChanged() }
	f.showClosing()
	return f
}

// choiceOf is a choice among the elements of a list, current chosen.
func choiceOf[T any](loc locale.Locale, list []T, of func(T) (id, label string), current string) forms.Choice {
	var ids, labels []string
	for _, x := range list {
		id, label := of(x)
		ids, labels = append(ids, id), append(labels, forms.Shorten(label, 60))
	}
	return forms.NewChoice(loc, ids, labels, current)
}

func (f *dealForm) objectivePicks(p *domain.Plan) {
	var labels []string
	for _, o := range p.Objectives {
		f.objectiveIDs = append(f.objectiveIDs, o.ID)
		labels = append(labels, forms.Shorten(o.Statement, 70))
	}
	f.objectives = widget.NewCheckGroup(labels, nil)
	for _, id := range f.d.ObjectiveIDs {
		if i := slices.Index(f.objectiveIDs, id); i >= 0 {
			f.objectives.Selected = append(f.objectives.Selected, labels[i])
		}
	}
}

func (f *dealForm) add(fd *form.Dialog) {
	env := f.h.Env()
	loc, w := env.Host.Locale(), env.Host
	date := func(en *form.Entry) func() error {
		return func() error { _, err := loc.ParseDay(en.Text); return err }
	}
	fd.Add("name", "field.name", f.name, func() error { _, err := env.Parse.Required(f.name.Text); return err })
	fd.Add("stage", "pipeline.field.stage", f.stage, nil)
	fd.Add("value", "pipeline.field.value", f.value, func() error { _, err := loc.ParseAmount(f.value.Text); return err })
	fd.Add("probability", "pipeline.field.probability", f.pct, f.checkPct)
	fd.Add("close", "pipeline.field.close", form.WithCalendar(w, f.close, nil), date(f.close))
	fd.Add("offering_id", "field.offering", f.offering.Sel, nil)
	fd.Add("centre_id", "pipeline.field.centre", f.centre.Sel, nil)
	fd.Add("owner_id", "field.owner", f.owner.Sel, nil)
	fd.Add("competitor_id", "field.competitor", f.rival.Sel, nil)
	fd.Add("next_step", "pipeline.field.next_step", f.next, nil)
	fd.Add("objective_ids", "field.objectives", f.objectives, nil)
	fd.Add("closed_on", "pipeline.field.closed_on", form.WithCalendar(w, f.closedOn, nil), date(f.closedOn))
	fd.Add("reason", "pipeline.field.reason", f.reason, nil)
	fd.Add("internal", "", f.internal, nil)
}

func (f *dealForm) checkPct() error {
	n, err := strconv.Atoi(strings.TrimSpace(f.pct.Text))
	if err != nil || n < 0 || n > 100 {
		return domain.Errorf(domain.CodeInvalid, "err.range", "must be %d–%d", 0, 100)
	}
	return nil
}

// stageChanged gives the probability of the stage chosen, and the closing fields of a
// won or lost one.
func (f *dealForm) stageChanged() {
	moved := pipeline.MoveTo(f.read(), stages(f.h), f.chosenStage(), f.h.Env().Today())
	f.pct.SetText(strconv.Itoa(moved.Probability))
	if f.closedOn.Text == "" {
		f.closedOn.SetText(f.h.Env().Host.Locale().Day(moved.ClosedOn))
	}
	f.showClosing()
}

func (f *dealForm) chosenStage() string {
	if i := f.stage.SelectedIndex(); i >= 0 {
		return f.columns[i]
	}
	return f.d.Stage
}

// showClosing shows the day and the reason only for a won or lost opportunity.
func (f *dealForm) showClosing() {
	closed := f.chosenStage() == domain.StageWon || f.chosenStage() == domain.StageLost
	for _, en := range []*form.Entry{f.closedOn, f.reason} {
		if closed {
			en.Enable()
		} else {
			en.Disable()
		}
	}
}

// read is the opportunity as the form says it (its texts were checked before Save).
func (f *dealForm) read() domain.Deal {
	d, loc := f.d, f.h.Env().Host.Locale()
	d.Name, d.NextStep, d.Internal = strings.TrimSpace(f.name.Text), f.next.Text, f.internal.Checked
	d.Stage = f.chosenStage()
	d.Value, _ = loc.ParseAmount(f.value.Text)
	d.Probability, _ = strconv.Atoi(strings.TrimSpace(f.pct.Text))
	d.Close, _ = loc.ParseDay(f.close.Text)
	d.OfferingID, d.CentreID, d.OwnerID, d.CompetitorID = f.offering.ID(), f.centre.ID(), f.owner.ID(), f.rival.ID()
	d.ObjectiveIDs = nil
	for i, id := range f.objectiveIDs {
		if slices.Contains(f.objectives.Selected, f.objectives.Options[i]) {
			d.ObjectiveIDs = append(d.ObjectiveIDs, id)
		}
	}
	d.ClosedOn, d.Reason = domain.Date{}, ""
	if d.Closed() {
		d.ClosedOn, _ = loc.ParseDay(f.closedOn.Text)
		d.Reason = strings.TrimSpace(f.reason.Text)
	}
	return d
}

// ShowDialog opens the opportunity dialog over d: Save adds it when the plan has no
// opportunity with its id, else replaces it; Delete removes one the plan has.
func ShowDialog(h Host, d domain.Deal) *form.Dialog {
	env := h.Env()
	fd := form.NewDialog(env.Host)
	f := newDealForm(h, fd, d)
	_, exists := findDeal(env.Plan, d.ID)
	if exists {
		fd.AddDelete(d.Name, func() error { return h.Apply(domain.RemoveItem{Coll: domain.CollOpportunities, ID: d.ID}) })
	}
	save := func() error {
		if exists {
			return h.Apply(domain.ReplaceItem{Coll: domain.CollOpportunities, Value: f.read()})
		}
		return h.Apply(domain.AddItem{Coll: domain.CollOpportunities, At: -1, Value: f.read()})
	}
	fd.Show(env.Host.Locale().T("pipeline.opportunity"), nil, fyne.NewSize(720, 680), save)
	return fd
}

// NewDeal is a new opportunity in the first open stage, with that stage's probability.
func NewDeal(h Host) domain.Deal {
	st := stages(h)
	d := domain.Deal{ID: domain.NewID(), Stage: domain.StageWon}
	if len(st) > 0 {
		d.Stage, d.Probability = st[0].Name, st[0].Probability
	}
	return d
}

func findDeal(p *domain.Plan, id string) (domain.Deal, bool) {
	for _, d := range p.Opportunities {
		if d.ID == id {
			return d, true
		}
	}
	return domain.Deal{}, false
}
