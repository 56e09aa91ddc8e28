package editor

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

func (e *Editor) profilePage() fyne.CanvasObject {
	item := func(labelKey string, f *field) *widget.FormItem { return widget.NewFormItem(e.tr(labelKey), f.box()) }
	text := func(labelKey string, name domain.Field) *widget.FormItem {
		return item(labelKey, e.textField(labelKey, name, false, false))
	}
	tier := e.choice(e.loc.TierLabels(), func() int { return slices.Index(domain.Tiers, e.account.Tier) },
		func(i int) domain.Edit {
			return domain.SetField{Field: domain.FieldAccountTier, Value: domain.Tiers[i]}
		})
	lang := e.choice(locale.LanguageNames, func() int { return locale.LanguageIndex(e.plan.Language) },
		func(i int) domain.Edit {
			return domain.SetField{Field: domain.FieldLanguage, Value: []string{"en", "es"}[i]}
		})
	currency := e.newField(spec{label: e.tr("field.currency"), parse: e.currencyCode,
		show: func() string { return e.plan.Currency }, value: e.valueOf(domain.FieldCurrency), edit: e.setField(domain.FieldCurrency)})
	form := widget.NewForm(
		item("field.name", e.textField("field.name", domain.FieldAccountName, true, false)),
		widget.NewFormItem(e.tr("field.tier"), tier),
		text("field.industry", domain.FieldAccountIndustry), text("field.country", domain.FieldAccountCountry),
		item("field.employees", e.countField("field.employees", domain.FieldAccountEmployees)),
		widget.NewFormItem(e.tr("field.annual_revenue"), e.annualRevenue()),
		text("field.size", domain.FieldAccountSize),
		text("field.website", domain.FieldAccountWebsite),
		text("field.owner", domain.FieldAccountOwner),
		item("field.internal_notes", e.textField("field.internal_notes", domain.FieldAccountNotes, false, true)),
		item("field.period", e.textField("field.period", domain.FieldPeriod, true, false)),
		text("field.prepared_by", domain.FieldPreparedBy), text("field.prepared_for", domain.FieldPreparedFor),
		widget.NewFormItem(e.tr("field.currency"), currency.box()), widget.NewFormItem(e.tr("field.doc_language"), lang),
	)
	context := e.textField("field.context", domain.FieldContext, false, true)
	return container.NewVBox(form, e.teamEditor(), e.heading("field.context"), context.box())
}

// annualRevenue is the client's revenue with its currency beside it; a blank currency is
// the plan's, which the empty field shows.
func (e *Editor) annualRevenue() fyne.CanvasObject {
	amount := e.amountField("field.annual_revenue", domain.FieldAccountAnnualRevenue)
	currency := e.newField(spec{label: e.tr("field.revenue_currency"), parse: e.optionalCurrencyCode,
		show:  func() string { return e.account.RevenueCurrency },
		value: e.valueOf(domain.FieldAccountRevenueCurrency), edit: e.setField(domain.FieldAccountRevenueCurrency)})
	placeholder := func() { currency.SetPlaceHolder(e.plan.Currency) }
	placeholder()
	e.live(placeholder)
	return container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(90, currency.MinSize().Height), currency.box()), amount.box())
}

func (e *Editor) optionalCurrencyCode(s string) (any, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	return e.currencyCode(s)
}

func (e *Editor) currencyCode(s string) (any, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 3 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return nil, errors.New(form.Capitalise(e.tr("err.currency")))
	}
	return s, nil
}

func (e *Editor) heading(key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// confirmDelete asks before anything is deleted.
func (e *Editor) confirmDelete(what string, do func()) {
	e.confirmDeleteText(e.tr("editor.delete.ask", what), do)
}

// confirmDeleteText asks with a question of its own.
func (e *Editor) confirmDeleteText(ask string, do func()) {
	e.sh.ShowDialog(dialog.NewConfirm(e.tr("editor.delete.title"), ask, func(ok bool) {
		if ok {
			do()
		}
	}, e.sh.Window()), nil)
}

func (e *Editor) walletPage() fyne.CanvasObject {
	w := &e.plan.Wallet
	facts := picture.NewFactList()
	e.live(func() {
		share := e.tr("home.fact.unknown")
		if v, ok := w.ShareOfWallet(); ok {
			share = e.loc.Number(v, 1) + " %"
		}
		facts.SetRows(picture.Fact{Caption: e.tr("home.fact.share"), Parts: []picture.FactPart{{Text: share}}},
			picture.Fact{Caption: e.tr("editor.wallet_open"), Parts: []picture.FactPart{{Text: e.loc.Amount(w.WhiteSpace()) + " " + e.plan.Currency}}})
	})
	item := func(labelKey string, f *field) *widget.FormItem { return widget.NewFormItem(e.tr(labelKey), f.box()) }
	form := widget.NewForm(
		item("field.potential", e.amountField("field.potential", domain.FieldWalletPotential)),
		item("field.revenue", e.amountField("field.revenue", domain.FieldWalletRevenue)),
		item("field.basis", e.textField("field.basis", domain.FieldWalletBasis, false, false)),
		item("field.margin", e.pctField("field.margin", domain.FieldWalletMarginPct, -100, 100)),
		item("field.target_share", e.pctField("field.target_share", domain.FieldWalletTargetShare, 0, 100)),
	)
	p := e.plan
	cells := e.warningsLabel(func() []domain.Warning { return cellsAgainstWallet(p) })
	offerings := e.warningsLabel(func() []domain.Warning { return one(p.OfferingsWarning()) })
	return container.NewVBox(form, cells, facts, e.offeringsEditor(), offerings, e.competitorsEditor())
}

// competitorsEditor lists the competitors present with their shares; the total may not pass 100 %.
func (e *Editor) competitorsEditor() fyne.CanvasObject {
	l := e.competitorShares()
	total := widget.NewLabel("")
	e.live(func() {
		total.SetText(e.tr("editor.competitor_total", e.loc.Number(e.plan.Wallet.CompetitorTotal(), 1)))
	})
	row := func(l listRef[domain.CompetitorShare], id string, redraw func()) fyne.CanvasObject {
		name := l.field(e, id, e.tr("field.competitor"), e.requiredText, func(c domain.CompetitorShare) any { return c.Name },
			func(c *domain.CompetitorShare, v any) { c.Name = v.(string) }, showText)
		name.SetPlaceHolder(e.tr("editor.new_competitor"))
		share := l.field(e, id, e.tr("field.share"), e.sharePct, func(c domain.CompetitorShare) any { return c.SharePct },
			func(c *domain.CompetitorShare, v any) { c.SharePct = v.(float64) },
			func(v any) string {
				if f, _ := v.(float64); f != 0 {
					return e.loc.Number(f, locale.Decimals(f))
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

func (e *Editor) sharePct(s string) (any, error) {
	v, err := e.loc.ParseNumber(s)
	if err != nil {
		return nil, err
	}
	if v < 0 || v > 100 {
		return nil, errors.New(e.tr("editor.err.pct_range", 0, 100))
	}
	return v, nil
}

// columnHead is the bold header of a column.
func (e *Editor) columnHead(key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
