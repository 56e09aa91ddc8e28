package forms

import (
	"kamplan/domain"
	"kamplan/domain/plausible"
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Cell is the white-space cell dialog's form, over the cell as it was, with a warning under
// its figures as they are typed (an open cell with more revenue than potential); Save still
// stores them.
type Cell struct {
	env                Env
	cell               domain.SpaceCell
	status             *widget.Select
	competitor         Choice
	potential, revenue *form.Entry
	Warning            *widget.Label // to show under the form
}

// NewCell adds the form of cell c to a dialog.
func NewCell(env Env, fd *form.Dialog, c domain.SpaceCell) *Cell {
	loc, h := env.loc(), env.Host
	var ids, names []string
	for _, k := range env.Plan.Wallet.Competitors {
		ids, names = append(ids, k.ID), append(names, k.Name)
	}
	f := &Cell{env: env, cell: c, status: form.SelectOf(Keyed(loc, "whitespace.status.", domain.SpaceStatuses, ""), slices.Index(domain.SpaceStatuses, c.Status)),
		competitor: NewChoice(loc, ids, names, c.Competitor),
		potential:  form.NewEntry(h, bind.MoneyText(loc, c.Potential)), revenue: form.NewEntry(h, bind.MoneyText(loc, c.Revenue)),
		Warning: widget.NewLabel("")}
	f.potential.SetPlaceHolder("0")
	f.revenue.SetPlaceHolder("0")
	amount := func(x *form.Entry) func() error {
		return func() error { _, err := loc.ParseAmount(x.Text); return err }
	}
	fd.Add("status", "field.status", f.status, nil)
	fd.Add("competitor", "field.competitor", f.competitor.Sel, nil)
	fd.Add("potential", "whitespace.field.potential", f.potential, amount(f.potential))
	fd.Add("revenue", "field.revenue", f.revenue, amount(f.revenue))
	f.Warning.Wrapping = fyne.TextWrapWord
	f.Warning.Importance = widget.WarningImportance
	f.status.OnChanged = func(string) { f.showCompetitor(); f.warn() }
	for _, x := range []*form.Entry{f.potential, f.revenue} {
		changed := x.OnChanged
		x.OnChanged = func(s string) { changed(s); f.warn() }
	}
	f.showCompetitor()
	f.warn()
	return f
}

// warn shows the warning of the cell as the form says it, if there is one.
func (f *Cell) warn() {
	if x := plausible.CellWarning(f.env.Plan, f.Read()); x != nil {
		f.Warning.SetText("⚠ " + f.env.tr(x.Key, x.Args...))
		f.Warning.Show()
		return
	}
	f.Warning.Hide()
}

// showCompetitor lets a competitor be chosen only for a cell a competitor holds.
func (f *Cell) showCompetitor() {
	if f.status.SelectedIndex() == slices.Index(domain.SpaceStatuses, domain.SpaceCompetitor) {
		f.competitor.Sel.Enable()
	} else {
		f.competitor.Sel.Disable()
	}
}

// Read is the cell as the form says it now.
func (f *Cell) Read() domain.SpaceCell {
	c := f.cell
	c.Status = domain.SpaceStatuses[max(0, f.status.SelectedIndex())]
	c.Competitor = ""
	if c.Status == domain.SpaceCompetitor {
		c.Competitor = f.competitor.ID()
	}
	c.Potential, _ = f.env.loc().ParseAmount(f.potential.Text)
	c.Revenue, _ = f.env.loc().ParseAmount(f.revenue.Text)
	return c
}
