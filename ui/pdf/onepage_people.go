package pdf

import (
	"fmt"
	"sort"
	"strings"

	"kamplan/domain"
)

// opPeople is, internally, the key people with our coverage (owner, relationship now →
// target); for the client, governance: their people with our counterparts and how often
// each meets them; under the heading, the relationship stage.
type opPeople struct{}

func (op opPeople) draw(c column) {
	d := c.d
	if d.client {
		c.heading("pdf.governance")
	} else {
		c.heading("pdf.onepage.key_people")
	}
	c.facts(fact{d.t("pdf.sum.stage"), d.stageName(d.plan.StageNow) + " → " + d.stageName(d.plan.StageTarget)})
	d.pdf.SetY(d.pdf.GetY() + 2)
	people := op.keyPeople(d)
	if len(people) == 0 {
		c.line("", d.t("pdf.not_assessed"))
	}
	c, most := op.fitted(c, people)
	for i, p := range people {
		if i == most || !c.room(3*opLines*c.scale) { // the column is theirs down to the footer
			c.line("", d.t("pdf.and_more", len(people)-i))
			break
		}
		c.textThenLine(d.txt(p.Name)+op.titleOf(d, p), op.personLine(d, p))
	}
}

// fitted is the column in the largest type, down to 7 points, that lists every person
// above the footer, and how many it lists: all of them, or in the usual type at most
// opMaxKey when they do not fit.
func (op opPeople) fitted(c column, people []domain.Contact) (column, int) {
	_, ph := c.d.pdf.GetPageSize()
	for _, scale := range []float64{1, 0.9, 7 / 8.5} {
		c.scale = scale
		h := 0.0
		for _, p := range people {
			c.d.font("", 8.5*scale)
			lines := min(2, len(c.d.pdf.SplitText(c.d.txt(p.Name)+op.titleOf(c.d, p), c.w)))
			h += (3.6 + 3.9*float64(lines) + 1.6) * scale
		}
		if c.d.pdf.GetY()+h <= ph-16-opLines {
			return c, len(people)
		}
	}
	c.scale = 1
	return c, opMaxKey
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
		return d.t("pdf.onepage.with", d.txt(strings.Join(d.loc.Counterparts(&d.account, d.plan, c), ", ")))
	}
	best, _ := d.plan.BestCoverage(c.ID)
	return d.memberName(best.MemberID) + " · " + d.t(fmt.Sprintf("rel.%d", best.RelNow)) + " → " + d.t(fmt.Sprintf("rel.%d", best.RelTarget))
}
