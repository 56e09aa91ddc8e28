package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/bind"
	"kamplan/ui/locale"
)

// profilePage is the account and the plan's profile: who the client is, our account team, the
// period, the currency and the language of the document.
type profilePage struct{ e *Editor }

func (*profilePage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollTeam}, fields: []domain.Field{
		domain.FieldAccountName, domain.FieldAccountTier, domain.FieldAccountIndustry, domain.FieldAccountCountry,
		domain.FieldAccountEmployees, domain.FieldAccountAnnualRevenue, domain.FieldAccountRevenueCurrency,
		domain.FieldAccountSize, domain.FieldAccountWebsite, domain.FieldAccountOwner, domain.FieldAccountNotes, domain.FieldAccountLogo,
		domain.FieldPeriod, domain.FieldPreparedBy, domain.FieldPreparedFor, domain.FieldCurrency, domain.FieldLanguage,
		domain.FieldContext}}
}

func (p *profilePage) build() fyne.CanvasObject {
	e, fs := p.e, p.e.fields
	item := func(labelKey string, f *bind.Field) *widget.FormItem {
		return widget.NewFormItem(e.tr(labelKey), f.Box())
	}
	text := func(labelKey string, name domain.Field) *widget.FormItem {
		return item(labelKey, fs.Text(labelKey, name, false, false))
	}
	tier := fs.Choice(e.loc.TierLabels(), func() int { return slices.Index(domain.Tiers, e.account.Tier) },
		func(i int) domain.Edit {
			return domain.SetField{Field: domain.FieldAccountTier, Value: domain.Tiers[i]}
		})
	lang := fs.Choice(locale.LanguageNames, func() int { return locale.LanguageIndex(e.plan.Language) },
		func(i int) domain.Edit {
			return domain.SetField{Field: domain.FieldLanguage, Value: []string{"en", "es"}[i]}
		})
	currency := fs.OfPlan(e.tr("field.currency"), domain.FieldCurrency, e.parse.Currency, showText)
	form := widget.NewForm(
		item("field.name", fs.Text("field.name", domain.FieldAccountName, true, false)),
		widget.NewFormItem(e.tr("field.tier"), tier),
		text("field.industry", domain.FieldAccountIndustry), text("field.country", domain.FieldAccountCountry),
		item("field.employees", fs.Count("field.employees", domain.FieldAccountEmployees)),
		widget.NewFormItem(e.tr("field.annual_revenue"), p.annualRevenue()),
		text("field.size", domain.FieldAccountSize),
		text("field.website", domain.FieldAccountWebsite),
		text("field.owner", domain.FieldAccountOwner),
		widget.NewFormItem(e.tr("field.logo"), p.clientLogo()),
		item("field.internal_notes", fs.Text("field.internal_notes", domain.FieldAccountNotes, false, true)),
		item("field.period", fs.Text("field.period", domain.FieldPeriod, true, false)),
		text("field.prepared_by", domain.FieldPreparedBy), text("field.prepared_for", domain.FieldPreparedFor),
		widget.NewFormItem(e.tr("field.currency"), currency.Box()), widget.NewFormItem(e.tr("field.doc_language"), lang),
	)
	context := fs.Text("field.context", domain.FieldContext, false, true)
	return container.NewVBox(form, team{e}.view(), heading(e.loc, "field.context"), context.Box())
}

// annualRevenue is the client's revenue with its currency beside it; a blank currency is
// the plan's, which the empty field shows.
func (p *profilePage) annualRevenue() fyne.CanvasObject {
	e := p.e
	amount := e.fields.Amount("field.annual_revenue", domain.FieldAccountAnnualRevenue)
	currency := e.fields.OfPlan(e.tr("field.revenue_currency"), domain.FieldAccountRevenueCurrency, e.parse.OptionalCurrency, showText)
	placeholder := func() { currency.SetPlaceHolder(e.plan.Currency) }
	placeholder()
	e.live(placeholder)
	return container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(90, currency.MinSize().Height), currency.Box()), amount.Box())
}
