package forms

import (
	"errors"
	"kamplan/domain"
	"kamplan/ui/form"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Contact is the contact dialog's form: who the person is, their roles, our relationship
// with them and who on our team covers them.
type Contact struct {
	env                             Env
	c                               *domain.Contact
	name, title, dept, email, phone *form.Entry
	last, notes                     *form.Entry
	cover                           *coveredBy
	influence, attitude, now, tgt   *widget.Select
	selling, freq, boss             *widget.Select
	roles                           *widget.CheckGroup
	bossIDs                         []string
}

// NewContact adds the form of contact c to a dialog.
func NewContact(env Env, fd *form.Dialog, c *domain.Contact) *Contact {
	f := &Contact{env: env, c: c}
	loc, a := env.loc(), env.Host
	f.name, f.title, f.dept = form.NewEntry(a, c.Name), form.NewEntry(a, c.Title), form.NewEntry(a, c.Department)
	f.email, f.phone = form.NewEntry(a, c.Email), form.NewEntry(a, c.Phone)
	f.cover = newCoveredBy(env, c.ID)
	f.last = form.NewEntry(a, loc.Day(c.LastContact))
	f.last.SetPlaceHolder(env.tr("editor.date_format"))
	f.influence = form.SelectOf(Numbers(1, 5), c.Influence-1)
	f.attitude = form.SelectOf(Labels(loc, "attitude.%d", -2, 2), c.Attitude+2)
	f.now = form.SelectOf(Labels(loc, "rel.%d", 0, 4), c.RelNow)
	f.tgt = form.SelectOf(Labels(loc, "rel.%d", 0, 4), c.RelTarget)
	f.selling = form.SelectOf(Keyed(loc, "selling.", domain.SellingRoles, "selling.none"), slices.Index(append([]domain.SellingRole{""}, domain.SellingRoles...), c.SellingRole))
	f.freq = form.SelectOf(Keyed(loc, "cadence.", domain.Cadences, ""), slices.Index(domain.Cadences, c.Frequency))
	f.boss = f.bossSelect()
	f.roles = widget.NewCheckGroup(Keyed(loc, "buying.", domain.BuyingRoles, ""), nil)
	f.roles.Selected = Keyed(loc, "buying.", c.BuyingRoles, "")
	f.notes = form.NewMultiEntry(a, c.Notes)
	fd.Add("name", "field.name", f.name, env.required(f.name))
	fd.Add("title", "field.title", f.title, nil)
	fd.Add("department", "field.department", f.dept, nil)
	fd.Add("email", "field.email", f.email, nil)
	fd.Add("phone", "field.phone", f.phone, nil)
	fd.Add("reports_to", "field.reports_to", f.boss, nil)
	fd.Add("buying_roles", "field.buying_roles", f.roles, nil)
	fd.Add("selling_role", "field.selling_role", f.selling, nil)
	fd.Add("influence", "editor.influence", f.influence, nil)
	fd.Add("attitude", "field.attitude", f.attitude, nil)
	fd.Add("rel_now", "field.rel_now", f.now, nil)
	fd.Add("rel_target", "field.rel_target", f.tgt, nil)
	fd.Add("covered_by", "field.covered_by", f.cover.box, nil)
	fd.Add("frequency", "field.frequency", f.freq, nil)
	fd.Add("last_contact", "field.last_contact", form.WithCalendar(a, f.last, nil), f.checkLastContact)
	fd.Add("notes", "field.internal_notes", f.notes, nil)
	return f
}

// checkLastContact refuses a text that is not a date, and a day after today.
func (f *Contact) checkLastContact() error {
	d, err := f.env.loc().ParseDay(f.last.Text)
	if err != nil {
		return err
	}
	if p := domain.LastContactProblem(strings.TrimSpace(f.name.Text), d, f.env.Today()); p != nil {
		return errors.New(form.Message(f.env.loc(), p))
	}
	return nil
}

func (f *Contact) bossSelect() *widget.Select {
	opts := []string{f.env.tr("editor.nobody")}
	f.bossIDs = []string{""}
	for _, o := range f.env.Plan.Contacts {
		if o.ID != f.c.ID {
			opts = append(opts, o.Name)
			f.bossIDs = append(f.bossIDs, o.ID)
		}
	}
	return form.SelectOf(opts, slices.Index(f.bossIDs, f.c.ReportsTo))
}

// Read copies the form into the contact; the date was checked before Save was enabled.
func (f *Contact) Read() {
	c := f.c
	c.Name, c.Title, c.Department = strings.TrimSpace(f.name.Text), f.title.Text, f.dept.Text
	c.Email, c.Phone, c.Notes = f.email.Text, f.phone.Text, f.notes.Text
	c.Influence = f.influence.SelectedIndex() + 1
	c.Attitude = f.attitude.SelectedIndex() - 2
	c.RelNow, c.RelTarget = f.now.SelectedIndex(), f.tgt.SelectedIndex()
	c.SellingRole = append([]domain.SellingRole{""}, domain.SellingRoles...)[max(0, f.selling.SelectedIndex())]
	c.Frequency = domain.Cadences[max(0, f.freq.SelectedIndex())]
	c.ReportsTo = f.bossIDs[max(0, f.boss.SelectedIndex())]
	c.LastContact, _ = f.env.loc().ParseDay(f.last.Text)
	c.BuyingRoles = nil
	for _, r := range domain.BuyingRoles {
		if slices.Contains(f.roles.Selected, f.env.tr("buying."+string(r))) {
			c.BuyingRoles = append(c.BuyingRoles, r)
		}
	}
}

// CoverEdits are the changes of the person's coverage pairs the "Covered by" checks ask for.
func (f *Contact) CoverEdits() []domain.Edit { return f.cover.edits(f.env.Plan, *f.c) }

// coveredBy is the contact dialog's "Covered by": a check per member of our team (and per
// former member one of the person's pairs still refers to), checked when that member covers
// the person — the coverage pairs the matrix shows, the one answer to who covers them.
type coveredBy struct {
	box    *fyne.Container
	ids    []string // member ids, in the team's order
	checks []*widget.Check
}

func newCoveredBy(env Env, contactID string) *coveredBy {
	cb := &coveredBy{box: container.NewVBox()}
	for _, m := range env.Account.Team {
		cb.add(m.ID, m.Name+" — "+env.loc().MemberTitle(m), contactID, env.Plan)
	}
	for _, x := range env.Plan.CoverageOf(contactID) {
		if !slices.Contains(cb.ids, x.MemberID) {
			cb.add(x.MemberID, env.tr("peoplemaps.coverage.former_member"), contactID, env.Plan)
		}
	}
	if len(cb.ids) == 0 {
		cb.box.Add(form.Wrapped(env.tr("peoplemaps.coverage.no_team")))
	}
	return cb
}

func (cb *coveredBy) add(memberID, label, contactID string, p *domain.Plan) {
	_, covers := p.PairOf(memberID, contactID)
	c := widget.NewCheck(label, nil)
	c.Checked = covers
	cb.ids, cb.checks = append(cb.ids, memberID), append(cb.checks, c)
	cb.box.Add(c)
}

// edits are the changes of the person's pairs the checks ask for: a new pair for a member
// checked (from the person's relationship levels and frequency, set finer in the matrix),
// the removal of the pair of a member cleared.
func (cb *coveredBy) edits(p *domain.Plan, k domain.Contact) []domain.Edit {
	var out []domain.Edit
	for i, id := range cb.ids {
		pair, covers := p.PairOf(id, k.ID)
		switch {
		case cb.checks[i].Checked && !covers:
			out = append(out, domain.AddItem{Coll: domain.CollCoverage, At: -1, Value: domain.NewPairFor(id, k)})
		case !cb.checks[i].Checked && covers:
			out = append(out, domain.RemoveItem{Coll: domain.CollCoverage, ID: pair.ID})
		}
	}
	return out
}
