package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
	"kamplan/domain/period"
	"kamplan/ui/form"
)

// newAccountDialog asks for a new account and its first plan period. A refused entry (a name
// already taken, a blank period) keeps the dialog open with the message under the field.
func (a fileMenu) newAccountDialog() *form.Dialog {
	fd := form.NewDialog(a)
	name := form.NewEntry(a, "")
	tier := form.SelectOf(a.loc.TierLabels(), 1)
	industry, owner := form.NewEntry(a, ""), form.NewEntry(a, "")
	period := form.NewEntry(a, fmt.Sprintf("FY%d", domain.Today().Year()+1))
	required := func(w *form.Entry) func() error {
		return func() error {
			if strings.TrimSpace(w.Text) == "" {
				return fmt.Errorf("%s", a.loc.T("err.required_field"))
			}
			return nil
		}
	}
	fd.Add("name", "field.name", name, required(name))
	fd.Add("tier", "field.tier", tier, nil)
	fd.Add("industry", "field.industry", industry, nil)
	fd.Add("owner", "field.owner", owner, nil)
	fd.Add("period", "field.period", period, required(period))
	var logo *form.LogoField
	logo = form.NewLogoField(a, func() {
		fd.Validate()
		form.SetMessage(fd.Msgs["logo"], logo.Check())
	})
	fd.Add("logo", "field.logo", logo, logo.Check)
	fd.Show(a.loc.Title("menu.new_account"), nil, fyne.NewSize(520, 440), func() error {
		acc := &domain.Account{Name: strings.TrimSpace(name.Text), Tier: domain.Tiers[max(0, tier.SelectedIndex())],
			Industry: industry.Text, Owner: owner.Text, Logo: logo.Data()}
		return a.createAccount(acc, strings.TrimSpace(period.Text))
	})
	fd.Save.SetText(a.loc.T("dialog.create"))
	return fd
}

// rollForwardDialog copies the open plan into the next period; a period already planned keeps
// the dialog open with the message under the field.
func (a fileMenu) rollForwardDialog() *form.Dialog {
	if a.editor == nil {
		a.ShowDialog(dialog.NewInformation(a.loc.Title("menu.roll_forward"), a.loc.T("app.open_account_first"), a.win), nil)
		return nil
	}
	if !a.flush() {
		return nil
	}
	e := a.editor
	fd := form.NewDialog(a)
	next := form.NewEntry(a, period.Next(e.Plan().Period))
	fd.Add("period", "field.period", next, func() error {
		if strings.TrimSpace(next.Text) == "" {
			return fmt.Errorf("%s", a.loc.T("err.required_field"))
		}
		return nil
	})
	fd.Show(a.loc.Title("menu.roll_forward"), nil, fyne.NewSize(420, 200), func() error {
		p, err := a.store.RollForward(a.ctx, e.Plan().ID, strings.TrimSpace(next.Text))
		if err != nil {
			return err
		}
		a.openPlan(e.Account().ID, p.ID)
		return nil
	})
	fd.Save.SetText(a.loc.T("dialog.create"))
	return fd
}
