package ui

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
)

func (e *editor) profilePage() fyne.CanvasObject {
	item := func(labelKey string, f *field) *widget.FormItem { return widget.NewFormItem(e.tr(labelKey), f.box()) }
	text := func(labelKey, name string) *widget.FormItem {
		return item(labelKey, e.textField(labelKey, name, false, false))
	}
	tier := e.choice(e.app.tierLabels(), func() int { return slices.Index(domain.Tiers, e.account.Tier) },
		func(i int) domain.Edit { return domain.SetField{Field: "account.tier", Value: domain.Tiers[i]} })
	lang := e.choice([]string{"English", "Español"}, func() int { return langIndex(e.plan.Language) },
		func(i int) domain.Edit { return domain.SetField{Field: "language", Value: []string{"en", "es"}[i]} })
	currency := e.newField(spec{label: e.tr("field.currency"), parse: e.currencyCode,
		show: func() string { return e.plan.Currency }, value: e.valueOf("currency"), edit: e.setField("currency")})
	form := widget.NewForm(
		item("field.name", e.textField("field.name", "account.name", true, false)),
		widget.NewFormItem(e.tr("field.tier"), tier),
		text("field.industry", "account.industry"), text("field.country", "account.country"),
		item("field.employees", e.countField("field.employees", "account.employees")),
		widget.NewFormItem(e.tr("field.annual_revenue"), e.annualRevenue()),
		text("field.size", "account.size"),
		text("field.website", "account.website"),
		text("field.owner", "account.owner"),
		item("field.internal_notes", e.textField("field.internal_notes", "account.notes", false, true)),
		item("field.period", e.textField("field.period", "period", true, false)),
		text("field.prepared_by", "prepared_by"), text("field.prepared_for", "prepared_for"),
		widget.NewFormItem(e.tr("field.currency"), currency.box()), widget.NewFormItem(e.tr("field.doc_language"), lang),
	)
	context := e.textField("field.context", "context", false, true)
	return container.NewVBox(form, e.teamEditor(), e.heading("field.context"), context.box())
}

// annualRevenue is the client's revenue with its currency beside it; a blank currency is
// the plan's, which the empty field shows.
func (e *editor) annualRevenue() fyne.CanvasObject {
	amount := e.amountField("field.annual_revenue", "account.annual_revenue")
	currency := e.newField(spec{label: e.tr("field.revenue_currency"), parse: e.optionalCurrencyCode,
		show:  func() string { return e.account.RevenueCurrency },
		value: e.valueOf("account.revenue_currency"), edit: e.setField("account.revenue_currency")})
	placeholder := func() { currency.SetPlaceHolder(e.plan.Currency) }
	placeholder()
	e.live(placeholder)
	return container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(90, currency.MinSize().Height), currency.box()), amount.box())
}

func (e *editor) optionalCurrencyCode(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	return e.currencyCode(s)
}

func (e *editor) currencyCode(s string) (any, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 3 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return nil, errors.New(form.Capitalise(e.tr("err.currency")))
	}
	return s, nil
}

func (e *editor) heading(key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// confirmDelete asks before anything is deleted.
func (e *editor) confirmDelete(what string, do func()) {
	e.confirmDeleteText(e.tr("editor.delete.ask", what), do)
}

// confirmDeleteText asks with a question of its own.
func (e *editor) confirmDeleteText(ask string, do func()) {
	e.app.ShowDialog(dialog.NewConfirm(e.tr("editor.delete.title"), ask, func(ok bool) {
		if ok {
			do()
		}
	}, e.app.win), nil)
}

func (e *editor) walletPage() fyne.CanvasObject {
	w := &e.plan.Wallet
	facts := picture.NewFactList()
	e.live(func() {
		share := e.tr("home.fact.unknown")
		if v, ok := w.ShareOfWallet(); ok {
			share = e.app.loc.Number(v, 1) + " %"
		}
		facts.SetRows(picture.Fact{Caption: e.tr("home.fact.share"), Parts: []picture.FactPart{{Text: share}}},
			picture.Fact{Caption: e.tr("editor.wallet_open"), Parts: []picture.FactPart{{Text: e.app.loc.Amount(w.WhiteSpace()) + " " + e.plan.Currency}}})
	})
	item := func(labelKey string, f *field) *widget.FormItem { return widget.NewFormItem(e.tr(labelKey), f.box()) }
	form := widget.NewForm(
		item("field.potential", e.amountField("field.potential", "wallet.potential")),
		item("field.revenue", e.amountField("field.revenue", "wallet.revenue")),
		item("field.basis", e.textField("field.basis", "wallet.basis", false, false)),
		item("field.margin", e.pctField("field.margin", "wallet.margin_pct", -100, 100)),
		item("field.target_share", e.pctField("field.target_share", "wallet.target_share", 0, 100)),
	)
	p := e.plan
	cells := e.warningsLabel(func() []domain.Warning { return cellsAgainstWallet(p) })
	offerings := e.warningsLabel(func() []domain.Warning { return one(p.OfferingsWarning()) })
	return container.NewVBox(form, cells, facts, e.offeringsEditor(), offerings, e.competitorsEditor())
}

// competitorsEditor lists the competitors present with their shares; the total may not pass 100 %.
func (e *editor) competitorsEditor() fyne.CanvasObject {
	l := e.competitorShares()
	total := widget.NewLabel("")
	e.live(func() {
		total.SetText(e.tr("editor.competitor_total", e.app.loc.Number(e.plan.Wallet.CompetitorTotal(), 1)))
	})
	row := func(l listRef[domain.CompetitorShare], id string, redraw func()) fyne.CanvasObject {
		name := l.field(e, id, e.tr("field.competitor"), e.requiredText, func(c domain.CompetitorShare) any { return c.Name },
			func(c *domain.CompetitorShare, v any) { c.Name = v.(string) }, showText)
		name.SetPlaceHolder(e.tr("editor.new_competitor"))
		share := l.field(e, id, e.tr("field.share"), e.sharePct, func(c domain.CompetitorShare) any { return c.SharePct },
			func(c *domain.CompetitorShare, v any) { c.SharePct = v.(float64) },
			func(v any) string {
				if f, _ := v.(float64); f != 0 {
					return e.app.loc.Number(f, locale.Decimals(f))
				}
				return ""
			})
		share.SetPlaceHolder("0")
		del := e.removeButton(domain.CollCompetitors, id, func() string { return name.Text }, redraw)
		return container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(110, share.MinSize().Height), share.box()), del), name.box())
	}
	newRow := func(redraw func()) fyne.CanvasObject {
		d := domain.CompetitorShare{ID: domain.NewID()}
		return row(l.withDraft(d), d.ID, redraw)
	}
	head := container.NewVBox(e.heading("field.competitors"), container.NewBorder(nil, nil, nil,
		container.New(&form.FixedWidth{Width: 110 + teamDeleteWidth}, e.columnHead("field.share")), e.columnHead("field.competitor")))
	return container.NewVBox(e.rows(head, "editor.add_competitor", func() []string { return idsOf(l) },
		func(id string, redraw func()) fyne.CanvasObject { return row(l, id, redraw) }, newRow), total)
}

func (e *editor) sharePct(s string) (any, error) {
	v, err := e.app.loc.ParseNumber(s)
	if err != nil {
		return nil, err
	}
	if v < 0 || v > 100 {
		return nil, errors.New(e.tr("editor.err.pct_range", 0, 100))
	}
	return v, nil
}

// columnHead is the bold header of a column.
func (e *editor) columnHead(key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
