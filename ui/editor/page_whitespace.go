package editor

import (
	"image/color"
	"kamplan/domain/plausible"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// whiteSpacePage is the page of the white-space map (METHOD §2): the client's buying centres ×
// our offerings. A cell is edited by tapping it; a centre or an offering by tapping its name.
// Under the map: the sums beside the wallet's figures, soft warnings when they differ, and
// the largest open cells as starting points for a SMART objective.
type whiteSpacePage struct {
	e      *Editor
	m      *picture.WhiteSpaceMap
	view   *picture.SpaceViewport
	sums   *widget.Label
	wallet *widget.Label
	warns  *widget.Label
	starts *fyne.Container
	empty  *widget.Label
	hover  *widget.Label // the cell or name under the pointer, in full
}

func (*whiteSpacePage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollCentres, domain.CollWhiteSpace},
		shows:  []domain.Coll{domain.CollOfferings, domain.CollCompetitors, domain.CollObjectives},
		fields: []domain.Field{domain.FieldCurrency, domain.FieldWalletPotential, domain.FieldWalletRevenue}}
}

func (w *whiteSpacePage) build() fyne.CanvasObject {
	e := w.e
	w.sums, w.wallet, w.warns = widget.NewLabel(""), widget.NewLabel(""), form.DangerLabel()
	w.starts, w.empty = container.NewVBox(), widget.NewLabel(e.tr("whitespace.empty"))
	for _, l := range []*widget.Label{w.empty, w.sums, w.wallet} {
		l.Wrapping = fyne.TextWrapWord
	}
	w.m = picture.NewWhiteSpaceMap(e.plan, picture.SpaceText(w.e.loc), w.tapped)
	w.hover = widget.NewLabel(e.tr("whitespace.hover_hint"))
	w.hover.Truncation = fyne.TextTruncateEllipsis
	w.m.OnHover = w.hovered
	w.view = picture.NewSpaceViewport(w.m)
	addCentre := widget.NewButtonWithIcon(e.tr("whitespace.add_centre"), theme.ContentAddIcon(), func() { w.nameDialog(domain.CollCentres, "") })
	addOffering := widget.NewButtonWithIcon(e.tr("whitespace.add_offering"), theme.ContentAddIcon(), func() { w.nameDialog(domain.CollOfferings, "") })
	intro := form.Wrapped(e.tr("whitespace.intro", e.plan.Currency))
	internal := form.Wrapped(e.tr("whitespace.internal_note"))
	note := func() { showIf(internal, e.plan.Wallet.Internal) }
	note()
	e.live(note)
	e.live(w.update)
	w.update()
	return container.NewVBox(intro, internal, container.NewHBox(addCentre, addOffering), w.legend(), w.empty,
		w.hover, w.view, w.sums, w.wallet, w.warns, w.starts)
}

// update redraws the map and the figures under it after any edit.
func (w *whiteSpacePage) update() {
	e, p := w.e, w.e.plan
	w.m.Refresh()
	w.view.Refresh()
	if len(p.Centres) == 0 || len(p.Wallet.Offerings) == 0 {
		w.empty.Show()
	} else {
		w.empty.Hide()
	}
	t := plausible.SpaceTotals(p)
	money := func(m int64) string { return e.loc.Amount(m) + " " + p.Currency }
	w.sums.SetText(e.tr("whitespace.cells", money(t.All.Potential), money(t.All.Revenue), money(t.All.Open)))
	w.wallet.SetText(e.tr("whitespace.wallet", money(p.Wallet.Potential), money(p.Wallet.Revenue)))
	var warns []string
	for _, x := range plausible.SpaceWarnings(p) {
		warns = append(warns, "⚠ "+e.tr(x.Key, x.Args...))
	}
	w.warns.SetText(strings.Join(warns, "\n"))
	w.warns.Hidden = len(warns) == 0
	w.warns.Refresh()
	w.updateStarts()
}

// maxStarts is how many of the largest open cells are offered as objectives.
const maxStarts = 3

func (w *whiteSpacePage) updateStarts() {
	e, p := w.e, w.e.plan
	w.starts.RemoveAll()
	cells := plausible.LargestOpenCells(p, maxStarts)
	if len(cells) == 0 {
		return
	}
	w.starts.Add(heading(e.loc, "whitespace.starts"))
	for _, c := range cells {
		centre, offering := w.names(c)
		l := widget.NewLabel(e.tr("whitespace.start", centre, offering, e.loc.Amount(c.OpenPotential()), p.Currency))
		l.Truncation = fyne.TextTruncateEllipsis
		b := widget.NewButtonWithIcon(e.tr("whitespace.objective"), theme.ContentAddIcon(), func() { w.objectiveFrom(c.ID) })
		w.starts.Add(container.NewBorder(nil, nil, b, nil, l))
	}
}

// names are the names of a cell's centre and offering.
func (w *whiteSpacePage) names(c domain.SpaceCell) (centre, offering string) {
	for _, x := range w.e.plan.Centres {
		if x.ID == c.CentreID {
			centre = x.Name
		}
	}
	for _, x := range w.e.plan.Wallet.Offerings {
		if x.ID == c.OfferingID {
			offering = x.Name
		}
	}
	return centre, offering
}

// legend shows the colour of each status and of a pair not yet assessed.
func (w *whiteSpacePage) legend() fyne.CanvasObject {
	box := container.NewHBox()
	bg := theme.Color(theme.ColorNameBackground)
	add := func(c color.Color, label string) {
		sw := canvas.NewRectangle(c)
		sw.StrokeColor, sw.StrokeWidth = theme.Color(theme.ColorNameSeparator), 1
		sw.SetMinSize(fyne.NewSize(14, 14))
		box.Add(container.NewCenter(sw))
		box.Add(widget.NewLabel(label))
	}
	for _, s := range domain.SpaceStatuses {
		c, _ := chart.SpaceColour(chart.SpaceClass(s))
		add(chart.Mix(bg, c, 0.7), w.e.tr("whitespace.status."+string(s)))
	}
	add(bg, w.e.tr("whitespace.unknown"))
	return container.NewVBox(box, form.Wrapped(w.e.tr("whitespace.intensity")))
}

// tapped opens the cell's dialog, or the menu of a centre or an offering.
func (w *whiteSpacePage) tapped(hit chart.SpaceHit, at fyne.Position) {
	switch hit.Kind {
	case chart.SpaceHitCell:
		w.cellDialog(hit.CentreID, hit.OfferingID)
	case chart.SpaceHitCentre:
		widget.ShowPopUpMenuAtPosition(w.headerMenu(domain.CollCentres, hit.CentreID), w.e.sh.Window().Canvas(), at)
	case chart.SpaceHitOffering:
		widget.ShowPopUpMenuAtPosition(w.headerMenu(domain.CollOfferings, hit.OfferingID), w.e.sh.Window().Canvas(), at)
	}
}

// hovered says in full what the pointer is on: a centre, an offering, or a cell with its
// status, competitor and money.
func (w *whiteSpacePage) hovered(hit chart.SpaceHit) {
	e, p := w.e, w.e.plan
	text := e.tr("whitespace.hover_hint")
	switch hit.Kind {
	case chart.SpaceHitCentre:
		text, _ = w.header(domain.CollCentres, hit.CentreID)
	case chart.SpaceHitOffering:
		text, _ = w.header(domain.CollOfferings, hit.OfferingID)
	case chart.SpaceHitCell:
		text = w.pairName(hit.CentreID, hit.OfferingID) + " — " + e.tr("whitespace.unknown")
		if c := p.SpaceCellAt(hit.CentreID, hit.OfferingID); c != nil {
			text = w.cellText(*c)
		}
	}
	w.hover.SetText(text)
}

// cellText is a cell in words: "Bilbao × MES — Competitor: Siemens — our revenue 0 of 700,000 EUR".
func (w *whiteSpacePage) cellText(c domain.SpaceCell) string {
	e, p := w.e, w.e.plan
	parts := []string{w.pairName(c.CentreID, c.OfferingID), e.tr("whitespace.status." + string(c.Status))}
	for _, k := range p.Wallet.Competitors {
		if k.ID == c.Competitor && c.Status == domain.SpaceCompetitor {
			parts[1] += ": " + k.Name
		}
	}
	if c.Potential != 0 || c.Revenue != 0 {
		parts = append(parts, e.tr("whitespace.hover_money", e.loc.Amount(c.Revenue), e.loc.Amount(c.Potential), p.Currency))
	}
	return strings.Join(parts, " — ")
}
