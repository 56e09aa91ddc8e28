package pdf

import (
	"fmt"
	"strings"

	"kamplan/domain"
)

// stakeholders is, in the internal edition, our assessment of the client's people: the
// influence map, the reporting lines, roles, levels and coverage, their details and notes,
// and the relationship plan. The client edition shows governance in its place.
type stakeholders struct{}

func (stakeholders) key() string { return "pdf.s.stakeholders" }

func (stakeholders) first(d *doc) float64 {
	if len(d.plan.Contacts) == 0 {
		return 10
	}
	return influenceMap{}.height(d)
}

func (s stakeholders) draw(d *doc) {
	p := d.plan
	if len(p.Contacts) == 0 {
		d.notAssessed()
	} else {
		influenceMap{}.draw(d)
		relationshipMap{}.draw(d)
		coverageMatrix{}.draw(d)
		s.contactTable(d).drawHeaded(d, d.t("pdf.contacts"))
		s.contactDetails(d).drawHeaded(d, d.t("pdf.contact_details"))
	}
	d.headedPara(d.t("pdf.relationship_plan"), p.RelationshipPlan)
}

// governance is the client edition's section on people: theirs with our counterpart and
// how often they meet — no map, no assessment, nothing that judges a person (METHOD.md §9).
type governance struct{}

func (governance) key() string          { return "pdf.governance" }
func (governance) first(d *doc) float64 { return 40 }

func (governance) draw(d *doc) {
	d.para(d.t("pdf.governance_intro", d.account.Name))
	if len(d.plan.Contacts) == 0 {
		d.notAssessed()
		return
	}
	var rows [][]string
	header := d.t("pdf.counterpart")
	for _, c := range d.plan.Contacts {
		who := d.loc.Counterparts(&d.account, d.plan, c)
		if len(who) > 1 {
			header = d.t("pdf.counterparts")
		}
		rows = append(rows, []string{d.txt(c.Name), d.txt(c.Title), d.txt(c.Department), d.txt(strings.Join(who, "\n"))})
	}
	table{header: []string{d.t("pdf.name"), d.t("pdf.job_title"), d.t("pdf.department"), header},
		align: "LLLL", nowrap: "x..x", rows: rows}.draw(d)
}

// contactTable is our assessment of each person (internal edition).
func (s stakeholders) contactTable(d *doc) table {
	var rows [][]string
	for _, c := range d.plan.Contacts {
		var roles []string
		for _, r := range c.BuyingRoles {
			roles = append(roles, d.t("buying."+string(r)))
		}
		if c.SellingRole != "" {
			roles = append(roles, d.t("selling."+string(c.SellingRole)))
		}
		person := strings.TrimSpace(d.txt(c.Name) + "\n" + d.txt(c.Title) + "\n" + d.txt(c.Department))
		rows = append(rows, []string{person, strings.Join(roles, ", "),
			d.loc.Number(float64(c.Influence), 0) + " · " + d.t(fmt.Sprintf("attitude.%d", c.Attitude)),
			d.t(fmt.Sprintf("rel.%d", c.RelNow)) + " → " + d.t(fmt.Sprintf("rel.%d", c.RelTarget)),
			strings.TrimSpace(s.ownerOf(d, c) + "\n" + d.cadence(c.Frequency))})
	}
	return table{header: []string{d.t("pdf.contact"), d.t("pdf.roles"), d.t("pdf.influence_attitude"), d.t("pdf.relationship"), d.t("pdf.our_owner")},
		align: "LLLLL", rows: rows, listed: true}
}

// ownerOf is the member of our team who knows a person best (METHOD §5), "" for no one.
func (stakeholders) ownerOf(d *doc, c domain.Contact) string {
	if best, ok := d.plan.BestCoverage(c.ID); ok {
		return d.memberName(best.MemberID)
	}
	return ""
}

// contactDetails prints what the KAM typed about each person: details, last contact, notes.
func (stakeholders) contactDetails(d *doc) table {
	var rows [][]string
	for _, c := range d.plan.Contacts {
		if c.Email == "" && c.Phone == "" && c.Notes == "" && c.LastContact.IsZero() {
			continue
		}
		reach := strings.TrimSpace(d.txt(c.Email) + "\n" + d.txt(c.Phone))
		rows = append(rows, []string{d.txt(c.Name), reach, d.loc.LongDate(c.LastContact), d.txt(c.Notes)})
	}
	return table{header: []string{d.t("pdf.contact"), d.t("pdf.reach"), d.t("pdf.last_contact"), d.t("pdf.contact_notes")},
		align: "LLLL", nowrap: "..x.", rows: rows}
}
