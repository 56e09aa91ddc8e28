package pdf

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/domain/gen"
)

// plan120 is the generated large plan cut to its first 120 contacts (with what refers to them).
func plan120(lang string, ed domain.Edition) Document {
	f := gen.LargePlan()
	p := &f.Plans[0]
	p.Contacts = p.Contacts[:120]
	known := func(id string) bool { return p.FindContact(id) != nil }
	p.Coverage = slices.DeleteFunc(p.Coverage, func(c domain.Coverage) bool { return !known(c.ContactID) })
	p.Links = slices.DeleteFunc(p.Links, func(l domain.Link) bool { return !known(l.From) || !known(l.To) })
	for i := range p.Actions {
		p.Actions[i].ContactIDs = slices.DeleteFunc(p.Actions[i].ContactIDs, func(id string) bool { return !known(id) })
	}
	return Document{Account: f.Account, Plan: p, Settings: domain.DefaultSettings(), Lang: lang, Edition: ed,
		Today: domain.NewDate(2026, 11, 24)}
}

// pagesBetween joins the text of the pages from the first holding from up to the first
// (after it) holding to, both included; in a whole document, from its body.
func pagesBetween(pages []string, from, to string) string {
	if len(pages) > 2 {
		pages = pages[2:] // a whole document's body: the contents list the same titles
	}
	var out []string
	for i, p := range pages {
		if !strings.Contains(p, from) {
			continue
		}
		for _, q := range pages[i:] {
			out = append(out, q)
			if strings.Contains(q, to) {
				break
			}
		}
		break
	}
	return strings.Join(out, "\n")
}

// Every one of 120 contacts is named on the influence map's pages: on a card or in the
// list of crowded cells under the map.
func TestInfluenceMapNamesEveryContact(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc := plan120(lang, domain.EditionInternal)
		pages := pageTexts(t, must(render(t, doc)))
		text := pagesBetween(pages, assets.T(lang, "pdf.influence_map"), assets.T(lang, "relmap.pdf.title"))
		if text == "" || strings.Contains(text, assets.T(lang, "pdf.contact_details")) {
			t.Fatalf("%s: no influence map, or its pages run into the contact details", lang)
		}
		missing := 0
		for _, c := range doc.Plan.Contacts {
			if !strings.Contains(text, c.Name) {
				missing++
				t.Errorf("%s: %s is not on the influence map's pages", lang, c.Name)
			}
		}
		if missing > 0 {
			t.Logf("%d of %d missing", missing, len(doc.Plan.Contacts))
		}
	}
}

// The client edition's governance names our counterparts from the coverage pairs with
// their frequency — a member who left the team as such — and holds no relationship level,
// no grid zone, no coverage words.
func TestGovernanceNamesCounterpartsWithoutLevels(t *testing.T) {
	doc := plan120("en", domain.EditionClient)
	p := doc.Plan
	c, gone := p.Contacts[0], p.Contacts[1]
	doc.Account.Team = append(doc.Account.Team, domain.TeamMember{ID: "z", Name: "Zacarías Counterpart", Role: domain.RoleSponsor},
		domain.TeamMember{ID: "y", Name: "Yolanda Counterpart", Role: domain.RoleService})
	p.Coverage = slices.DeleteFunc(p.Coverage, func(x domain.Coverage) bool { return x.ContactID == c.ID || x.ContactID == gone.ID })
	p.Coverage = append(p.Coverage,
		domain.Coverage{ID: "x1", MemberID: "z", ContactID: c.ID, RelNow: 3, RelTarget: 4, Frequency: domain.CadenceWeekly},
		domain.Coverage{ID: "x2", MemberID: "y", ContactID: c.ID, RelNow: 1, RelTarget: 2, Frequency: domain.CadenceQuarterly},
		domain.Coverage{ID: "x3", MemberID: "left-the-team", ContactID: gone.ID, RelNow: 1, RelTarget: 2, Frequency: domain.CadenceWeekly})
	// a table cell may wrap a long list of names: read it as one line
	text := strings.ReplaceAll(allText(t, must(render(t, doc))), "\n", " ")
	// the people section, from its title to the next section's (the contents list both: skip it)
	gov := text[strings.LastIndex(text, assets.T("en", "pdf.governance")):]
	gov = gov[:strings.Index(gov, assets.T("en", "pdf.s.objectives"))]
	for _, want := range []string{"Zacarías Counterpart (weekly) Yolanda Counterpart (quarterly)", assets.T("en", "peoplemaps.coverage.former_member") + " (weekly)",
		"Our counterparts", "The people of " + doc.Account.Name + " involved in this plan"} {
		if !strings.Contains(gov, want) {
			t.Errorf("the client edition's governance lacks %q", want)
		}
	}
	var banned []string
	for i := 0; i <= 4; i++ {
		banned = append(banned, assets.T("en", fmt.Sprintf("rel.%d", i)))
	}
	for _, z := range domain.GridCells {
		banned = append(banned, assets.T("en", "grid."+string(z)))
	}
	banned = append(banned, "→", "Meetings")
	for _, b := range banned {
		if strings.Contains(gov, b) {
			t.Errorf("the client edition's governance holds %q", b)
		}
	}
	for _, b := range []string{assets.T("en", "pdf.influence_map"), assets.T("en", "peoplemaps.pdf.coverage"), assets.T("en", "peoplemaps.pdf.gaps")} {
		if strings.Contains(text, b) {
			t.Errorf("the client edition holds %q", b)
		}
	}
}

// Under the influence map a key says what a name's fill, border and weight mean.
func TestPDFInfluenceMapHasAKeyForItsChips(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		data, _ := render(t, sampleDocument(t, lang, domain.EditionInternal))
		found := false
		for _, page := range pageTexts(t, data)[2:] { // after the cover and the contents
			i := strings.Index(page, assets.T(lang, "pdf.influence_map")+"\n")
			if i < 0 {
				continue
			}
			found = true
			rest := strings.ReplaceAll(page[i:], "\n", " ")
			if key := assets.T(lang, "peoplemaps.pdf.chip_key"); !strings.Contains(rest, key) {
				t.Errorf("%s: the key %q is not under the map", lang, key)
			}
		}
		if !found {
			t.Errorf("%s: no influence map", lang)
		}
	}
}

// The coverage gaps are grouped as the summary groups them: one line of names per kind of
// gap, with how many, not a sentence per person.
func TestCoverageGapsAreGroupedByKind(t *testing.T) {
	for _, lang := range assets.Languages {
		doc := plan120(lang, domain.EditionInternal)
		found := gaps.Of(doc.Plan, doc.Today)
		text := pagesBetween(pageTexts(t, must(render(t, doc))), assets.T(lang, "peoplemaps.pdf.gaps")+"\n", assets.T(lang, "pdf.contacts")+"\n")
		flat := strings.Join(strings.Fields(text), " ")
		for _, k := range gaps.Kinds {
			n := 0
			for _, g := range found {
				if g.Kind == k {
					n++
				}
			}
			title := assets.T(lang, "peoplemaps.pdf.gaps."+string(k), n)
			if got := strings.Count(flat, title); n > 0 && got != 1 {
				t.Errorf("%s: %q printed %d times", lang, title, got)
			}
		}
		sentence := map[string]string{"en": "longer than their contact frequency", "es": "más de lo que fija su frecuencia"}[lang]
		if len(found) < 20 || strings.Contains(flat, sentence) {
			t.Errorf("%s: %d gaps, or a sentence per person", lang, len(found))
		}
	}
}

// The governance table says each counterpart's own cadence, in Spanish too, and never breaks
// a person's name over two lines.
func TestGovernanceSaysEachCounterpartsCadence(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	text := allText(t, mustRender(t, doc))
	gov := text[strings.LastIndex(text, assets.T("es", "pdf.governance")):]
	gov = gov[:strings.Index(gov, assets.T("es", "pdf.s.objectives"))]
	for _, want := range []string{"Las personas de Aceros del Norte, S.A. que participan en este plan", "Nuestros interlocutores\n"} {
		if !strings.Contains(gov, want) {
			t.Errorf("the governance lacks %q", want)
		}
	}
	for _, c := range doc.Plan.Contacts {
		if !strings.Contains(gov, "\n"+c.Name+"\n") {
			t.Errorf("%q is not whole on one line", c.Name)
		}
	}
	for _, x := range doc.Plan.Coverage {
		m, _ := doc.Account.Member(x.MemberID)
		if c := doc.Plan.FindContact(x.ContactID); c != nil && x.Frequency != "" {
			want := m.Name + " (" + strings.ToLower(assets.T("es", "cadence."+string(x.Frequency))) + ")"
			if !strings.Contains(gov, want) {
				t.Errorf("no %q for %s", want, c.Name)
			}
		}
	}
}
