package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// between is the text from the last from up to the first to after it ("" when absent): the
// contents list names the headings too, so the last from is the section's own.
func between(text, from, to string) string {
	i := strings.LastIndex(text, from)
	if i < 0 {
		return ""
	}
	rest := text[i:]
	if j := strings.Index(rest, to); j >= 0 {
		return rest[:j]
	}
	return rest
}

// Both editions answer "who covers this person?" with the coverage pairs: the internal
// edition's contact table names as owner the member who knows the person best, the client
// edition's governance names every member who covers them; a renamed member is printed
// under the new name in both, and nowhere under the old one.
func TestEditionsNameTheSameCoveringMember(t *testing.T) {
	const name = "Quintín Cobertura"
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		doc := sampleDocument(t, "en", ed)
		doc.Plan = doc.Plan.Clone()
		c := doc.Plan.Contacts[0]
		member := doc.Account.Team[0]
		doc.Account.Team[0].Name = name // renamed on the Profile page
		var kept []domain.Coverage
		for _, x := range doc.Plan.Coverage {
			if x.ContactID != c.ID && x.MemberID != member.ID {
				kept = append(kept, x)
			}
		}
		doc.Plan.Coverage = append(kept, domain.Coverage{ID: "only", MemberID: member.ID, ContactID: c.ID,
			RelNow: domain.RelStrong, RelTarget: domain.RelTrusted, Frequency: domain.CadenceWeekly})
		text := strings.ReplaceAll(allText(t, must(render(t, doc))), "\n", " ")
		text = strings.ReplaceAll(text, assets.T("en", "pdf.continued", assets.T("en", "pdf.contacts")), "") // the table's name on its next page
		people := between(text, assets.T("en", "pdf.governance"), assets.T("en", "pdf.s.objectives"))
		if ed == domain.EditionInternal {
			people = between(text, assets.T("en", "pdf.contacts"), assets.T("en", "pdf.contact_details"))
		}
		if !strings.Contains(people, c.Name) {
			t.Fatalf("%s: the people section does not list %s", ed, c.Name)
		}
		if n := strings.Count(people, name); n != 1 {
			t.Errorf("%s: the people section names %s %d times, want once (the one person they cover)", ed, name, n)
		}
		if strings.Contains(people, member.Name) {
			t.Errorf("%s: the old name %s is still printed", ed, member.Name)
		}
	}
}
