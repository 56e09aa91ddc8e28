package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

func (e *editor) knowledgeTabs() fyne.CanvasObject {
	return e.sub(
		container.NewTabItem(e.tr("editor.profile"), e.profilePage()),
		container.NewTabItem(e.tr("editor.wallet"), e.walletPage()),
		container.NewTabItem(e.tr("editor.white_space"), e.whiteSpacePage()),
		container.NewTabItem(e.tr("editor.swot"), e.swotPage()),
		container.NewTabItem(e.tr("editor.stakeholders"), e.stakeholdersPage()),
		container.NewTabItem(e.tr("editor.relationship_map"), e.relationshipMapPage()),
		container.NewTabItem(e.tr("editor.influence_map"), e.influenceMapPage()),
		container.NewTabItem(e.tr("editor.coverage"), e.coveragePage()),
		container.NewTabItem(e.tr("editor.stage"), e.stagePage()),
	)
}

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
		text("field.size", "account.size"), text("field.website", "account.website"),
		text("field.owner", "account.owner"),
		item("field.internal_notes", e.textField("field.internal_notes", "account.notes", false, true)),
		item("field.period", e.textField("field.period", "period", true, false)),
		text("field.prepared_by", "prepared_by"), text("field.prepared_for", "prepared_for"),
		widget.NewFormItem(e.tr("field.currency"), currency.box()), widget.NewFormItem(e.tr("field.doc_language"), lang),
	)
	context := e.textField("field.context", "context", false, true)
	return container.NewVBox(form, e.teamEditor(), e.heading("field.context"), context.box())
}

func (e *editor) currencyCode(s string) (any, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 3 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return nil, errors.New(capitalise(e.tr("err.currency")))
	}
	return s, nil
}

func (e *editor) heading(key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// teamEditor lists our account team with their roles; each change replaces the team.
func (e *editor) teamEditor() fyne.CanvasObject {
	team := func() []domain.TeamMember { return slices.Clone(e.account.Team) }
	setTeam := func(t []domain.TeamMember) domain.Edit { return domain.SetField{Field: "account.team", Value: t} }
	indexes := func() []string {
		var out []string
		for i := range e.account.Team {
			out = append(out, fmt.Sprint(i))
		}
		return out
	}
	row := func(id string, redraw func()) fyne.CanvasObject {
		var i int
		fmt.Sscan(id, &i)
		member := func() domain.TeamMember {
			if i < len(e.account.Team) {
				return e.account.Team[i]
			}
			return domain.TeamMember{}
		}
		name := e.newField(spec{label: e.tr("field.team"), parse: e.requiredText,
			show: func() string { return member().Name }, value: func() any { return member().Name },
			edit: func(v any) domain.Edit { t := team(); t[i].Name = v.(string); return setTeam(t) }})
		var roles []string
		for _, r := range domain.TeamRoles {
			roles = append(roles, e.tr("role."+string(r)))
		}
		role := e.choice(roles, func() int { return slices.Index(domain.TeamRoles, member().Role) },
			func(k int) domain.Edit { t := team(); t[i].Role = domain.TeamRoles[k]; return setTeam(t) })
		e.name(role, e.tr("field.role"))
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			e.confirmDelete(member().Name, func() {
				if err := e.apply(setTeam(slices.Delete(team(), i, i+1))); err != nil {
					e.showError(err)
				}
				redraw()
			})
		})
		return container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(240, role.MinSize().Height), role), del), name.box())
	}
	add := func(redraw func()) fyne.CanvasObject {
		e.memberDialog(func(m domain.TeamMember) error {
			return e.applyThen(setTeam(append(team(), m)), redraw)
		})
		return nil
	}
	head := container.NewVBox(e.heading("field.team"), container.NewBorder(nil, nil, nil,
		container.New(&fixedWidth{width: 240 + teamDeleteWidth}, e.columnHead("field.role")), e.columnHead("field.name")))
	return e.rows(head, "editor.add_member", indexes, row, add)
}

// confirmDelete asks before anything is deleted.
// memberDialog asks the name and role of a new member of our account team: the team never
// holds a placeholder as a name.
func (e *editor) memberDialog(add func(domain.TeamMember) error) {
	fd := newFormDialog(e.app)
	name := e.app.entry("")
	var roles []string
	for _, r := range domain.TeamRoles {
		roles = append(roles, e.tr("role."+string(r)))
	}
	role := selectOf(roles, slices.Index(domain.TeamRoles, domain.RoleExecutive))
	fd.add("name", "field.name", name, func() error { _, err := e.requiredText(name.Text); return err })
	fd.add("role", "field.role", role, nil)
	fd.show(e.tr("editor.add_member"), nil, fyne.NewSize(480, 260), func() error {
		return add(domain.TeamMember{Name: strings.TrimSpace(name.Text), Role: domain.TeamRoles[max(0, role.SelectedIndex())]})
	})
}

func (e *editor) confirmDelete(what string, do func()) {
	e.app.showDialog(dialog.NewConfirm(e.tr("editor.delete.title"), e.tr("editor.delete.ask", what), func(ok bool) {
		if ok {
			do()
		}
	}, e.app.win), nil)
}

func (e *editor) walletPage() fyne.CanvasObject {
	w := &e.plan.Wallet
	facts := newFactList()
	e.live(func() {
		share := e.tr("home.fact.unknown")
		if v, ok := w.ShareOfWallet(); ok {
			share = e.app.decimal(v, 1) + " %"
		}
		facts.SetRows(fact{e.tr("home.fact.share"), []factPart{{text: share}}},
			fact{e.tr("editor.wallet_open"), []factPart{{text: e.app.moneyText(w.WhiteSpace()) + " " + e.plan.Currency}}})
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
		total.SetText(e.tr("editor.competitor_total", e.app.decimal(e.plan.Wallet.CompetitorTotal(), 1)))
	})
	row := func(l listRef[domain.CompetitorShare], id string, redraw func()) fyne.CanvasObject {
		name := l.field(e, id, e.tr("field.competitor"), e.requiredText, func(c domain.CompetitorShare) any { return c.Name },
			func(c *domain.CompetitorShare, v any) { c.Name = v.(string) }, showText)
		name.SetPlaceHolder(e.tr("editor.new_competitor"))
		share := l.field(e, id, e.tr("field.share"), e.sharePct, func(c domain.CompetitorShare) any { return c.SharePct },
			func(c *domain.CompetitorShare, v any) { c.SharePct = v.(float64) },
			func(v any) string {
				if f, _ := v.(float64); f != 0 {
					return e.app.decimal(f, decimals(f))
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
		container.New(&fixedWidth{width: 110 + teamDeleteWidth}, e.columnHead("field.share")), e.columnHead("field.competitor")))
	return container.NewVBox(e.rows(head, "editor.add_competitor", func() []string { return idsOf(l) },
		func(id string, redraw func()) fyne.CanvasObject { return row(l, id, redraw) }, newRow), total)
}

func (e *editor) sharePct(s string) (any, error) {
	v, err := e.app.parseNumber(s)
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
