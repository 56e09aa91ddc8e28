package ui

import (
	"fmt"
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
		container.NewTabItem(e.tr("editor.swot"), e.swotPage()),
		container.NewTabItem(e.tr("editor.stakeholders"), e.stakeholdersPage()),
		container.NewTabItem(e.tr("editor.stage"), e.stagePage()),
	)
}

func (e *editor) profilePage() fyne.CanvasObject {
	a, p := e.account, e.plan
	str := func(s *string) (func() string, func(string)) {
		return func() string { return *s }, func(v string) { *s = v }
	}
	acc := func(s *string) *widget.Entry { g, st := str(s); return e.text(g, st, e.accountChanged) }
	plan := func(s *string) *widget.Entry { g, st := str(s); return e.text(g, st, e.changed) }
	name := e.required(func() string { return a.Name }, func(v string) { a.Name = v }, e.accountChanged)
	tier := widget.NewSelect(e.app.tierLabels(), nil)
	tier.SetSelectedIndex(indexOf(domain.Tiers, a.Tier))
	tier.OnChanged = func(string) { a.Tier = domain.Tiers[tier.SelectedIndex()]; e.accountChanged() }
	notes := widget.NewMultiLineEntry()
	notes.Wrapping = fyne.TextWrapWord
	notes.SetText(a.Notes)
	notes.OnChanged = func(s string) { a.Notes = s; e.accountChanged() }
	lang := e.choice([]string{"English", "Español"}, func() int { return langIndex(p.Language) },
		func(i int) { p.Language = []string{"en", "es"}[i] })
	currency := widget.NewEntry()
	currency.SetText(p.Currency)
	currency.Validator = func(s string) error {
		if len(s) != 3 || strings.ToUpper(s) != s {
			return fmt.Errorf("%s", e.tr("err.currency"))
		}
		return nil
	}
	currency.OnChanged = func(s string) {
		if currency.Validate() == nil {
			p.Currency = s
			e.changed()
		}
	}
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.name"), name), widget.NewFormItem(e.tr("field.tier"), tier),
		widget.NewFormItem(e.tr("field.industry"), acc(&a.Industry)), widget.NewFormItem(e.tr("field.country"), acc(&a.Country)),
		widget.NewFormItem(e.tr("field.size"), acc(&a.Size)), widget.NewFormItem(e.tr("field.website"), acc(&a.Website)),
		widget.NewFormItem(e.tr("field.owner"), acc(&a.Owner)), widget.NewFormItem(e.tr("field.internal_notes"), notes),
		widget.NewFormItem(e.tr("field.period"), e.required(func() string { return p.Period }, func(v string) { p.Period = v }, e.changed)),
		widget.NewFormItem(e.tr("field.prepared_by"), plan(&p.PreparedBy)), widget.NewFormItem(e.tr("field.prepared_for"), plan(&p.PreparedFor)),
		widget.NewFormItem(e.tr("field.currency"), currency), widget.NewFormItem(e.tr("field.doc_language"), lang),
	)
	context := e.multiline(func() string { return p.Context }, func(s string) { p.Context = s })
	return container.NewVBox(form, e.teamEditor(), e.heading("field.context"), context)
}

func (e *editor) heading(key string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(e.tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func indexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return 0
}

// teamEditor lists our account team with their roles.
func (e *editor) teamEditor() fyne.CanvasObject {
	box := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		box.Objects = []fyne.CanvasObject{e.heading("field.team")}
		for i := range e.account.Team {
			m := &e.account.Team[i]
			name := e.text(func() string { return m.Name }, func(s string) { m.Name = s }, e.accountChanged)
			var roles []string
			for _, r := range domain.TeamRoles {
				roles = append(roles, e.tr("role."+string(r)))
			}
			role := widget.NewSelect(roles, nil)
			role.SetSelectedIndex(indexOf(domain.TeamRoles, m.Role))
			role.OnChanged = func(string) { m.Role = domain.TeamRoles[role.SelectedIndex()]; e.accountChanged() }
			idx := i
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				e.confirmDelete(m.Name, func() {
					e.account.Team = append(e.account.Team[:idx], e.account.Team[idx+1:]...)
					e.accountChanged()
					rebuild()
				})
			})
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(240, role.MinSize().Height), role), del), name))
		}
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_member"), theme.ContentAddIcon(), func() {
			e.account.Team = append(e.account.Team, domain.TeamMember{Name: e.tr("editor.new_member"), Role: domain.RoleExecutive})
			e.accountChanged()
			rebuild()
		}))
		box.Refresh()
	}
	rebuild()
	return box
}

// confirmDelete asks before anything is deleted.
func (e *editor) confirmDelete(what string, do func()) {
	dialog.ShowConfirm(e.tr("editor.delete.title"), e.tr("editor.delete.ask", what), func(ok bool) {
		if ok {
			do()
		}
	}, e.app.win)
}

func (e *editor) walletPage() fyne.CanvasObject {
	w := &e.plan.Wallet
	share, white := widget.NewLabel(""), widget.NewLabel("")
	e.live(func() {
		if v, ok := w.ShareOfWallet(); ok {
			share.SetText(e.tr("home.share", e.app.decimal(v, 1)))
		} else {
			share.SetText(e.tr("home.share_unknown"))
		}
		white.SetText(e.tr("editor.white_space", e.app.moneyText(w.WhiteSpace()), e.plan.Currency))
	})
	basis := e.text(func() string { return w.Basis }, func(s string) { w.Basis = s }, e.changed)
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.potential"), e.money(func() int64 { return w.Potential }, func(v int64) { w.Potential = v })),
		widget.NewFormItem(e.tr("field.revenue"), e.money(func() int64 { return w.Revenue }, func(v int64) { w.Revenue = v })),
		widget.NewFormItem(e.tr("field.basis"), basis),
		widget.NewFormItem(e.tr("field.margin"), e.optionalPct(func() *float64 { return w.MarginPct }, func(v *float64) { w.MarginPct = v }, -100, 100)),
		widget.NewFormItem(e.tr("field.target_share"), e.optionalPct(func() *float64 { return w.TargetShare }, func(v *float64) { w.TargetShare = v }, 0, 100)),
	)
	return container.NewVBox(form, share, white, e.offeringsEditor(), e.competitorsEditor())
}

// competitorsEditor lists the competitors present with their shares; the total may not pass 100 %.
func (e *editor) competitorsEditor() fyne.CanvasObject {
	w := &e.plan.Wallet
	box := container.NewVBox()
	total := widget.NewLabel("")
	e.live(func() { total.SetText(e.tr("editor.competitor_total", e.app.decimal(w.CompetitorTotal(), 1))) })
	var rebuild func()
	rebuild = func() {
		box.Objects = []fyne.CanvasObject{e.heading("field.competitors")}
		for i := range w.Competitors {
			c := &w.Competitors[i]
			name := e.required(func() string { return c.Name }, func(s string) { c.Name = s }, e.changed)
			share := widget.NewEntry()
			share.SetText(e.app.decimal(c.SharePct, 1))
			share.Validator = func(s string) error {
				v, ok := parseDecimal(s)
				if !ok || v < 0 || w.CompetitorTotal()-c.SharePct+v > 100.0001 {
					return fmt.Errorf("%s", e.tr("editor.err.shares"))
				}
				return nil
			}
			share.OnChanged = func(s string) {
				if share.Validate() == nil {
					c.SharePct, _ = parseDecimal(s)
					e.changed()
				}
			}
			idx := i
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				e.confirmDelete(c.Name, func() {
					w.Competitors = append(w.Competitors[:idx], w.Competitors[idx+1:]...)
					e.changed()
					rebuild()
				})
			})
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(110, share.MinSize().Height), share), del), name))
		}
		box.Add(total)
		box.Add(widget.NewButtonWithIcon(e.tr("editor.add_competitor"), theme.ContentAddIcon(), func() {
			w.Competitors = append(w.Competitors, domain.CompetitorShare{ID: domain.NewID(), Name: e.tr("editor.new_competitor")})
			e.changed()
			rebuild()
		}))
		box.Refresh()
		e.refresh()
	}
	rebuild()
	return box
}

func (e *editor) stagePage() fyne.CanvasObject {
	var labels []string
	for _, s := range domain.Stages {
		labels = append(labels, fmt.Sprintf("%d %s", s, e.tr(fmt.Sprintf("stage.%d", s))))
	}
	p := e.plan
	warning := widget.NewLabel("")
	warning.Wrapping = fyne.TextWrapWord
	e.live(func() {
		if w := p.StageWarning(); w != nil {
			warning.SetText("⚠ " + e.tr(w.Key, w.Args...))
		} else {
			warning.SetText("")
		}
	})
	now := e.choice(labels, func() int { return int(p.StageNow) - 1 }, func(i int) { p.StageNow = domain.Stage(i + 1) })
	target := e.choice(labels, func() int { return int(p.StageTarget) - 1 }, func(i int) { p.StageTarget = domain.Stage(i + 1) })
	return container.NewVBox(widget.NewForm(
		widget.NewFormItem(e.tr("editor.stage_now"), now), widget.NewFormItem(e.tr("editor.stage_target"), target)), warning)
}
