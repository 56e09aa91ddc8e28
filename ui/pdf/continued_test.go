package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// The action table is numbered under the action plan ("8.2 Actions") and listed in the
// contents, as the timeline is; the pipeline's only table in the client's copy has no
// heading that repeats the section's title.
func TestTheActionTableIsListedAndThePipelineTitleNotRepeated(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		data, _ := render(t, sampleDocument(t, lang, domain.EditionClient))
		pages := pageTexts(t, data)
		contents := strings.Join(strings.Fields(pages[1]), " ")
		for _, k := range []string{"pdf.timeline", "pdf.actions"} {
			if !strings.Contains(contents, assets.T(lang, k)) {
				t.Errorf("%s: %q not in the contents", lang, assets.T(lang, k))
			}
		}
		if all := assets.T(lang, "pipeline.all"); strings.Contains(allText(t, data), all) {
			t.Errorf("%s: the pipeline's only table is headed %q under the section's title", lang, all)
		}
	}
}

// The timeline and the action table that run onto more pages say on each of them that
// they continue, as a SWOT does; the table repeats its header.
func TestTheTimelineAndTheActionTableMarkTheirContinuations(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc := sampleDocument(t, lang, domain.EditionClient)
		doc.Paper = "letter"
		p := doc.Plan.Clone() // three times the actions: more than a page of timeline
		for range 2 {
			for _, a := range doc.Plan.Actions {
				a.ID = domain.NewID()
				p.Actions = append(p.Actions, a)
			}
		}
		doc.Plan = p
		data, _ := render(t, doc)
		pages := pageTexts(t, data)
		more := strings.SplitN(assets.T(lang, "plancharts.pdf_more", 1), " ", 2)[1] // the note under a part of the timeline
		timeline, table := 0, 0
		for i := 1; i < len(pages); i++ {
			if strings.Contains(strings.Join(strings.Fields(pages[i-1]), " "), more) {
				timeline++
				if !strings.Contains(pages[i], assets.T(lang, "pdf.continued", assets.T(lang, "pdf.timeline"))) {
					t.Errorf("%s: page %d continues the timeline without saying so", lang, i+1)
				}
			}
			heading := "\n" + assets.T(lang, "pdf.actions") + "\n"
			words := strings.Join(strings.Fields(pages[i]), " ")
			if strings.Contains(words, assets.T(lang, "pdf.owners")) && !strings.Contains(pages[i], heading) {
				table++
				if !strings.Contains(pages[i], assets.T(lang, "pdf.continued", assets.T(lang, "pdf.actions"))) {
					t.Errorf("%s: page %d continues the action table without saying so", lang, i+1)
				}
			}
		}
		if timeline == 0 || table == 0 {
			t.Fatalf("%s: the sample's timeline (%d) or action table (%d) no longer runs onto a second page", lang, timeline, table)
		}
	}
}
