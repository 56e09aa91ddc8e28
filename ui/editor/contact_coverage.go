package editor

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// coveredBy is the contact dialog's "Covered by": a check per member of our team (and per
// former member one of the person's pairs still refers to), checked when that member covers
// the person — the coverage pairs the matrix shows, the one answer to who covers them.
type coveredBy struct {
	box    *fyne.Container
	ids    []string // member ids, in the team's order
	checks []*widget.Check
}

func (e *Editor) newCoveredBy(contactID string) *coveredBy {
	cb := &coveredBy{box: container.NewVBox()}
	for _, m := range e.account.Team {
		cb.add(m.ID, m.Name+" — "+e.tr("role."+string(m.Role)), contactID, e.plan)
	}
	for _, x := range e.plan.CoverageOf(contactID) {
		if !slices.Contains(cb.ids, x.MemberID) {
			cb.add(x.MemberID, e.tr("peoplemaps.coverage.former_member"), contactID, e.plan)
		}
	}
	if len(cb.ids) == 0 {
		cb.box.Add(form.Wrapped(e.tr("peoplemaps.coverage.no_team")))
	}
	return cb
}

// coveredByText says who covers a person, as their pairs say: "covered by Ana, Luis".
func (e *Editor) coveredByText(contactID string) string {
	var names []string
	for _, x := range e.plan.CoverageOf(contactID) {
		names = append(names, e.memberName(x.MemberID))
	}
	if len(names) == 0 {
		return e.tr("editor.not_covered")
	}
	return e.tr("editor.covered_by_line", strings.Join(names, ", "))
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
