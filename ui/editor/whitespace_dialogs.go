package editor

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// cellDialog edits what we know of one buying centre × one offering: its status, the
// competitor holding it, its potential and our revenue. Clear removes the cell.
func (w *whiteSpace) cellDialog(centreID, offeringID string) *form.Dialog {
	e, p := w.e, w.e.plan
	c := domain.SpaceCell{ID: domain.NewID(), CentreID: centreID, OfferingID: offeringID, Status: domain.SpaceOpen}
	id := ""
	if x := p.SpaceCellAt(centreID, offeringID); x != nil {
		c, id = *x, x.ID
	}
	fd := form.NewDialog(e.sh)
	var labels []string
	for _, s := range domain.SpaceStatuses {
		labels = append(labels, e.tr("whitespace.status."+string(s)))
	}
	status := form.SelectOf(labels, slices.Index(domain.SpaceStatuses, c.Status))
	var ids, names []string
	for _, k := range p.Wallet.Competitors {
		ids, names = append(ids, k.ID), append(names, k.Name)
	}
	comp := e.choicesOf(ids, names, c.Competitor)
	potential, revenue := form.NewEntry(e.sh, e.showMoney(c.Potential)), form.NewEntry(e.sh, e.showMoney(c.Revenue))
	potential.SetPlaceHolder("0")
	revenue.SetPlaceHolder("0")
	amount := func(x *form.Entry) func() error {
		return func() error { _, err := e.loc.ParseAmount(x.Text); return err }
	}
	fd.Add("status", "field.status", status, nil)
	fd.Add("competitor", "field.competitor", comp.sel, nil)
	fd.Add("potential", "whitespace.field.potential", potential, amount(potential))
	fd.Add("revenue", "field.revenue", revenue, amount(revenue))
	showComp := func() { // a competitor is chosen only for a cell a competitor holds
		if status.SelectedIndex() == slices.Index(domain.SpaceStatuses, domain.SpaceCompetitor) {
			comp.sel.Enable()
		} else {
			comp.sel.Disable()
		}
	}
	fromForm := func() domain.SpaceCell {
		c.Status = domain.SpaceStatuses[max(0, status.SelectedIndex())]
		c.Competitor = ""
		if c.Status == domain.SpaceCompetitor {
			c.Competitor = comp.id()
		}
		c.Potential, _ = e.loc.ParseAmount(potential.Text)
		c.Revenue, _ = e.loc.ParseAmount(revenue.Text)
		return c
	}
	warning, warn := w.cellWarning(fromForm)
	status.OnChanged = func(string) { showComp(); warn() }
	for _, x := range []*form.Entry{potential, revenue} {
		changed := x.OnChanged
		x.OnChanged = func(s string) { changed(s); warn() }
	}
	showComp()
	if id != "" {
		fd.AddDelete(w.pairName(centreID, offeringID), func() error {
			return e.applyThen(domain.RemoveItem{Coll: domain.CollWhiteSpace, ID: id}, e.refresh)
		})
	}
	fd.Show(w.pairName(centreID, offeringID), warning, fyne.NewSize(480, 320), func() error {
		return e.applyThen(e.putEdit(domain.CollWhiteSpace, id, fromForm()), e.refresh)
	})
	return fd
}

// cellWarning makes the cell dialog's warning (an open cell with more revenue than
// potential), shown under its figures as they are typed; Save still stores them.
func (w *whiteSpace) cellWarning(cell func() domain.SpaceCell) (*widget.Label, func()) {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	update := func() {
		if x := w.e.plan.CellWarning(cell()); x != nil {
			l.SetText("⚠ " + w.e.tr(x.Key, x.Args...))
			l.Show()
			return
		}
		l.Hide()
	}
	update()
	return l, update
}

// pairName is "centre × offering".
func (w *whiteSpace) pairName(centreID, offeringID string) string {
	centre, offering := w.names(domain.SpaceCell{CentreID: centreID, OfferingID: offeringID})
	return centre + " × " + offering
}

// nameDialog adds (id "") or renames a buying centre or an offering.
func (w *whiteSpace) nameDialog(coll domain.Coll, id string) *form.Dialog {
	e := w.e
	old, _ := w.header(coll, id)
	name := form.NewEntry(e.sh, old)
	fd := form.NewDialog(e.sh)
	fd.Add("name", "field.name", name, func() error { _, err := e.requiredText(name.Text); return err })
	title := "whitespace.centre"
	if coll == domain.CollOfferings {
		title = "field.offering"
	}
	fd.Show(e.tr(title), nil, fyne.NewSize(420, 200), func() error {
		n := strings.TrimSpace(name.Text)
		return e.applyThen(w.nameEdit(coll, id, n), e.refresh)
	})
	return fd
}

// nameEdit adds or renames; an offering keeps its wallet figures.
func (w *whiteSpace) nameEdit(coll domain.Coll, id, name string) domain.Edit {
	if coll == domain.CollCentres {
		return w.e.putEdit(coll, id, domain.BuyingCentre{ID: cmp.Or(id, domain.NewID()), Name: name})
	}
	for _, o := range w.e.plan.Wallet.Offerings {
		if o.ID == id {
			o.Name = name
			return domain.ReplaceItem{Coll: coll, Value: o}
		}
	}
	return domain.AddItem{Coll: coll, At: -1, Value: domain.Offering{ID: domain.NewID(), Name: name}}
}

// header is the name and index of a centre or an offering (index −1 when gone).
func (w *whiteSpace) header(coll domain.Coll, id string) (string, int) {
	if coll == domain.CollCentres {
		for i, x := range w.e.plan.Centres {
			if x.ID == id {
				return x.Name, i
			}
		}
		return "", -1
	}
	for i, x := range w.e.plan.Wallet.Offerings {
		if x.ID == id {
			return x.Name, i
		}
	}
	return "", -1
}

// headerMenu renames, moves or deletes a centre (up/down) or an offering (left/right).
func (w *whiteSpace) headerMenu(coll domain.Coll, id string) *fyne.Menu {
	e := w.e
	name, i := w.header(coll, id)
	n := len(w.e.plan.Centres)
	back, forth := "whitespace.move_up", "whitespace.move_down"
	if coll == domain.CollOfferings {
		n, back, forth = len(w.e.plan.Wallet.Offerings), "whitespace.move_left", "whitespace.move_right"
	}
	move := func(to int) func() {
		return func() { w.do(domain.MoveItem{Coll: coll, ID: id, To: to}) }
	}
	rename := fyne.NewMenuItem(e.tr("whitespace.rename"), func() { w.nameDialog(coll, id) })
	earlier, later := fyne.NewMenuItem(e.tr(back), move(i-1)), fyne.NewMenuItem(e.tr(forth), move(i+1))
	earlier.Disabled, later.Disabled = i <= 0, i < 0 || i >= n-1
	del := fyne.NewMenuItem(e.tr("whitespace.delete"), func() {
		e.confirmDelete(name, func() { w.do(domain.RemoveItem{Coll: coll, ID: id}) })
	})
	return fyne.NewMenu(name, rename, earlier, later, fyne.NewMenuItemSeparator(), del)
}

// do applies an edit of the page, showing a refusal.
func (w *whiteSpace) do(ed domain.Edit) {
	if err := w.e.apply(ed); err != nil {
		w.e.showError(err)
	}
}

// objectiveFrom opens a new objective pre-filled from an open cell: grow our revenue there by
// half of its open potential within the period. The person edits it before saving.
func (w *whiteSpace) objectiveFrom(cellID string) *form.Dialog {
	e, p := w.e, w.e.plan
	i := slices.IndexFunc(p.WhiteSpace, func(c domain.SpaceCell) bool { return c.ID == cellID })
	if i < 0 {
		e.showError(errors.New(e.tr("edit.not_found")))
		return nil
	}
	c := p.WhiteSpace[i]
	centre, offering := w.names(c)
	base := float64(c.Revenue) / 100
	target := math.Round((base+float64(c.OpenPotential())/200)/1000) * 1000
	period := domain.ParsePeriod(p.Period)
	o := domain.Objective{ID: domain.NewID(), Category: domain.CatFinancial, Unit: p.Currency,
		Baseline: &base, Target: &target, Deadline: period.End, Owner: e.account.Owner,
		Statement: e.tr("whitespace.objective.statement", offering, centre, e.loc.Number(target, 0), p.Currency, p.Period),
		Rationale: e.tr("whitespace.objective.rationale", centre, offering, e.tr("whitespace.status."+string(c.Status)),
			e.loc.Amount(c.OpenPotential()), p.Currency)}
	return e.newObjectiveDialog(o, nil)
}
