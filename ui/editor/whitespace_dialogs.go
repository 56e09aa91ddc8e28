package editor

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
)

// cellDialog edits what we know of one buying centre × one offering: its status, the
// competitor holding it, its potential and our revenue. Clear removes the cell.
func (w *whiteSpacePage) cellDialog(centreID, offeringID string) *form.Dialog {
	e := w.e
	c := domain.SpaceCell{ID: domain.NewID(), CentreID: centreID, OfferingID: offeringID, Status: domain.SpaceOpen}
	id := ""
	if x := e.plan.SpaceCellAt(centreID, offeringID); x != nil {
		c, id = *x, x.ID
	}
	fd := form.NewDialog(e.sh)
	f := forms.NewCell(e.env, fd, c)
	save := e.saveOrDelete(fd, domain.CollWhiteSpace, id, w.pairName(centreID, offeringID), func() any { return f.Read() }, e.refresh)
	addDealButton(e, fd, func(d *domain.Deal) { d.CentreID, d.OfferingID = centreID, offeringID })
	fd.Show(w.pairName(centreID, offeringID), f.Warning, fyne.NewSize(480, 320), save)
	return fd
}

// pairName is "centre × offering".
func (w *whiteSpacePage) pairName(centreID, offeringID string) string {
	centre, offering := w.names(domain.SpaceCell{CentreID: centreID, OfferingID: offeringID})
	return centre + " × " + offering
}

// nameDialog adds (id "") or renames a buying centre or an offering.
func (w *whiteSpacePage) nameDialog(coll domain.Coll, id string) *form.Dialog {
	e := w.e
	old, _ := w.header(coll, id)
	name := form.NewEntry(e.sh, old)
	fd := form.NewDialog(e.sh)
	fd.Add("name", "field.name", name, func() error { _, err := e.parse.Required(name.Text); return err })
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
func (w *whiteSpacePage) nameEdit(coll domain.Coll, id, name string) domain.Edit {
	if coll == domain.CollCentres {
		return putEdit(coll, id, domain.BuyingCentre{ID: cmp.Or(id, domain.NewID()), Name: name})
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
func (w *whiteSpacePage) header(coll domain.Coll, id string) (string, int) {
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
func (w *whiteSpacePage) headerMenu(coll domain.Coll, id string) *fyne.Menu {
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
func (w *whiteSpacePage) do(ed domain.Edit) {
	if err := w.e.apply(ed); err != nil {
		w.e.showError(err)
	}
}

// objectiveFrom opens a new objective pre-filled from an open cell: grow our revenue there by
// half of its open potential within the period. The person edits it before saving.
func (w *whiteSpacePage) objectiveFrom(cellID string) *form.Dialog {
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
	o := domain.Objective{ID: domain.NewID(), Category: domain.CatFinancial, Unit: p.Currency,
		Baseline: &base, Target: &target, Deadline: period.Parse(p.Period).End, Owner: e.account.Owner,
		Statement: e.tr("whitespace.objective.statement", offering, centre, e.loc.Number(target, 0), p.Currency, p.Period),
		Rationale: e.tr("whitespace.objective.rationale", centre, offering, e.tr("whitespace.status."+string(c.Status)),
			e.loc.Amount(c.OpenPotential()), p.Currency)}
	return openObjectiveForm(e, "", o, nil)
}
