package pdf

import (
	"fmt"
	"sort"
	"strings"

	"kamplan/domain"
)

// opPeople is, internally, the key people with our coverage (owner, relationship now →
// target); for the client, governance: their people with our counterpart and meetings.
type opPeople struct{}

func (op opPeople) draw(c column) {
	d := c.d
	if d.client {
		c.heading("pdf.governance")
	} else {
		c.heading("pdf.onepage.key_people")
	}
	people := op.keyPeople(d)
	if len(people) == 0 {
		c.line("", d.t("pdf.not_assessed"))
	}
	for i, p := range people {
		if i == opMaxKey || !c.room(3*opLines) { // the column is theirs down to the footer
			c.line("", d.t("pdf.and_more", len(people)-i))
			break
		}
		c.twoLines(op.personLine(d, p), d.txt(p.Name)+op.titleOf(d, p))
	}
}

// keyPeople are, internally, the contacts by influence; for the client, in plan order.
func (opPeople) keyPeople(d *doc) []domain.Contact {
	people := append([]domain.Contact(nil), d.plan.Contacts...)
	if !d.client {
		sort.SliceStable(people, func(i, j int) bool { return people[i].Influence > people[j].Influence })
	}
	return people
}

func (opPeople) titleOf(d *doc, c domain.Contact) string {
	if c.Title == "" {
		return ""
	}
	return " — " + d.txt(c.Title)
}

// personLine is our coverage of a person: internally the member who knows them best with
// the level now → target; for the client, every counterpart with how often they meet.
func (opPeople) personLine(d *doc, c domain.Contact) string {
	pairs := d.plan.CoverageOf(c.ID)
	if len(pairs) == 0 {
		return "—"
	}
	if d.client {
		names := make([]string, len(pairs))
		for i, x := range pairs {
			names[i] = d.memberName(x.MemberID)
		}
		return strings.Join(names, ", ") + " · " + d.cadence(pairs[0].Frequency)
	}
	best, _ := d.plan.BestCoverage(c.ID)
	return d.memberName(best.MemberID) + " · " + d.t(fmt.Sprintf("rel.%d", best.RelNow)) + " → " + d.t(fmt.Sprintf("rel.%d", best.RelTarget))
}
