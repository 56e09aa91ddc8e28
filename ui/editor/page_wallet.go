package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"kamplan/domain/plausible"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
)

// walletPage is the share of wallet: the client's purchase potential and our revenue, by
// offering, and the competitors present with their shares.
type walletPage struct {
	e      *Editor
	shares map[string]func() // show the share of each offering's row, by id
}

func (*walletPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollOfferings, domain.CollCompetitors}, shows: []domain.Coll{domain.CollWhiteSpace, domain.CollOpportunities},
		fields: []domain.Field{domain.FieldWalletPotential, domain.FieldWalletRevenue, domain.FieldWalletBasis,
			domain.FieldWalletMarginPct, domain.FieldWalletTargetShare, domain.FieldWalletInternal, domain.FieldCurrency}}
}

func (p *walletPage) build() fyne.CanvasObject {
	e := p.e
	w := &e.plan.Wallet
	p.shares = map[string]func(){}
	e.live(func() {
		for _, show := range p.shares {
			show()
		}
	})
	facts := picture.NewFactList()
	e.live(func() {
		share := e.tr("home.fact.unknown")
		if v, ok := w.ShareOfWallet(); ok {
			share = e.loc.Number(v, 1) + " %"
		}
		facts.SetRows(picture.Fact{Caption: e.tr("home.fact.share"), Parts: []picture.FactPart{{Text: share}}},
			picture.Fact{Caption: e.tr("editor.wallet_open"), Parts: []picture.FactPart{{Text: e.loc.Amount(w.WhiteSpace()) + " " + e.plan.Currency}}},
			picture.Fact{Caption: e.tr("pipeline.won_period"), Parts: []picture.FactPart{{Text: e.loc.Money(pipeline.Total(e.plan).Won, e.plan.Currency)}}})
	})
	item := func(labelKey string, f *bind.Field) *widget.FormItem {
		return widget.NewFormItem(e.tr(labelKey), f.Box())
	}
	form := widget.NewForm(
		item("field.potential", e.fields.Amount("field.potential", domain.FieldWalletPotential)),
		item("field.revenue", e.fields.Amount("field.revenue", domain.FieldWalletRevenue)),
		item("field.basis", e.fields.Text("field.basis", domain.FieldWalletBasis, false, false)),
		item("field.margin", e.fields.Pct("field.margin", domain.FieldWalletMarginPct, -100, 100)),
		item("field.target_share", e.fields.Pct("field.target_share", domain.FieldWalletTargetShare, 0, 100)),
	)
	plan := e.plan
	cells := warningsLabel(e, func() []domain.Warning { return cellsAgainstWallet(plan) })
	offerings := warningsLabel(e, func() []domain.Warning { return one(plausible.OfferingsWarning(plan)) })
	return container.NewVBox(form, p.internalCheck(), cells, facts, p.offerings(), offerings, p.competitors())
}

// internalCheck keeps the wallet and the white space out of the client edition: an edit like
// any other, and the box follows the plan when it is undone.
func (p *walletPage) internalCheck() *widget.Check {
	e := p.e
	c := widget.NewCheck(e.tr("editor.wallet_internal"), func(on bool) {
		if on != e.plan.Wallet.Internal {
			if err := e.apply(domain.SetField{Field: domain.FieldWalletInternal, Value: on}); err != nil {
				e.showError(err)
			}
		}
	})
	c.Checked = e.plan.Wallet.Internal
	e.live(func() { c.SetChecked(e.plan.Wallet.Internal) })
	return c
}

func (p *walletPage) offeringList() listRef[domain.Offering] {
	return listRef[domain.Offering]{coll: domain.CollOfferings, items: func() []domain.Offering { return p.e.plan.Wallet.Offerings },
		id: func(o domain.Offering) string { return o.ID }, ready: func(o domain.Offering) bool { return o.Name != "" }}
}

// offerings edits the wallet by offering: potential, our revenue and our share per product
// line, under column headers.
func (p *walletPage) offerings() fyne.CanvasObject {
	e, l := p.e, p.offeringList()
	cell := func(o fyne.CanvasObject) fyne.CanvasObject { return container.New(&form.FixedWidth{Width: 140}, o) }
	newRow := func(redraw func()) fyne.CanvasObject {
		d := domain.Offering{ID: domain.NewID()}
		return p.offeringRow(l.withDraft(d), d.ID, redraw, cell)
	}
	bold := func(key string) fyne.CanvasObject { // wraps rather than run into the next column
		l := widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return cell(l)
	}
	gap := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	gap.Hide() // keeps the headers above their columns
	head := container.NewVBox(heading(e.loc, "field.offerings_title"), container.NewBorder(nil, nil, nil,
		container.NewHBox(bold("field.offering_potential"), bold("field.revenue"), bold("field.offering_share"), container.NewGridWrap(gap.MinSize(), gap)),
		heading(e.loc, "field.offering")))
	return listRows(e, head, "editor.add_offering", l.ids,
		func(id string, redraw func()) fyne.CanvasObject { return p.offeringRow(l, id, redraw, cell) }, newRow)
}

// offeringRow edits one offering; its share of wallet follows its figures as they are committed.
func (p *walletPage) offeringRow(l listRef[domain.Offering], id string, redraw func(), cell func(fyne.CanvasObject) fyne.CanvasObject) fyne.CanvasObject {
	e := p.e
	money := func(v any) string { return bind.MoneyText(e.loc, v) }
	name := l.field(e, id, e.tr("field.offering"), e.parse.Required, func(o domain.Offering) any { return o.Name },
		func(o *domain.Offering, v any) { o.Name = v.(string) }, showText)
	name.SetPlaceHolder(e.tr("editor.new_offering"))
	potential := l.field(e, id, e.tr("field.offering_potential"), e.parse.Amount, func(o domain.Offering) any { return o.Potential },
		func(o *domain.Offering, v any) { o.Potential = v.(int64) }, money)
	revenue := l.field(e, id, e.tr("field.revenue"), e.parse.Amount, func(o domain.Offering) any { return o.Revenue },
		func(o *domain.Offering, v any) { o.Revenue = v.(int64) }, money)
	potential.SetPlaceHolder("0")
	revenue.SetPlaceHolder("0")
	share := widget.NewLabel("")
	p.shares[id] = func() {
		o, _ := l.current(id)
		share.SetText("—")
		if v, ok := domain.ShareOfWallet(o.Revenue, o.Potential); ok {
			share.SetText(e.loc.Number(v, 1) + " %")
		}
	}
	del := l.removeButton(e, id, func() string { return name.Text }, redraw)
	return container.NewBorder(nil, nil, nil, container.NewHBox(cell(potential.Box()), cell(revenue.Box()), cell(share), del), name.Box())
}

// competitors lists the competitors present with their shares; the total may not pass 100 %.
func (p *walletPage) competitors() fyne.CanvasObject {
	e := p.e
	l := listRef[domain.CompetitorShare]{coll: domain.CollCompetitors, items: func() []domain.CompetitorShare { return e.plan.Wallet.Competitors },
		id: func(o domain.CompetitorShare) string { return o.ID }, ready: func(o domain.CompetitorShare) bool { return o.Name != "" }}
	total := widget.NewLabel("")
	e.live(func() {
		total.SetText(e.tr("editor.competitor_total", e.loc.Number(e.plan.Wallet.CompetitorTotal(), 1)))
	})
	row := func(l listRef[domain.CompetitorShare], id string, redraw func()) fyne.CanvasObject {
		name := l.field(e, id, e.tr("field.competitor"), e.parse.Required, func(c domain.CompetitorShare) any { return c.Name },
			func(c *domain.CompetitorShare, v any) { c.Name = v.(string) }, showText)
		name.SetPlaceHolder(e.tr("editor.new_competitor"))
		share := l.field(e, id, e.tr("field.share"), e.parse.Share, func(c domain.CompetitorShare) any { return c.SharePct },
			func(c *domain.CompetitorShare, v any) { c.SharePct = v.(float64) },
			func(v any) string {
				if f, _ := v.(float64); f != 0 {
					return e.loc.Number(f, locale.Decimals(f))
				}
				return ""
			})
		share.SetPlaceHolder("0")
		del := l.removeButton(e, id, func() string { return name.Text }, redraw)
		return container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(110, share.MinSize().Height), share.Box()), del), name.Box())
	}
	newRow := func(redraw func()) fyne.CanvasObject {
		d := domain.CompetitorShare{ID: domain.NewID()}
		return row(l.withDraft(d), d.ID, redraw)
	}
	head := container.NewVBox(heading(e.loc, "field.competitors"), container.NewBorder(nil, nil, nil,
		container.New(&form.FixedWidth{Width: 110 + deleteWidth}, heading(e.loc, "field.share")), heading(e.loc, "field.competitor")))
	return container.NewVBox(listRows(e, head, "editor.add_competitor", l.ids,
		func(id string, redraw func()) fyne.CanvasObject { return row(l, id, redraw) }, newRow), total)
}
