package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/review"
)

// withInternalItems is the sample with the first action of its last review marked internal
// only, open and due first (so the one page's "actions due" lists it), and its lost
// opportunity marked internal only; their names are markers.
func withInternalItems(t *testing.T, lang string) (doc Document, action, deal string) {
	t.Helper()
	doc = sampleDocument(t, lang, domain.EditionInternal)
	p := doc.Plan
	a := p.FindAction(review.Latest(p).ActionIDs[0])
	a.Title, a.Internal, a.Status = "ZQINTERNALACTION", true, domain.StatusInProgress
	a.Start, a.Due = doc.Today.AddDays(-10), doc.Today.AddDays(1)
	for i := range p.Opportunities {
		if p.Opportunities[i].Stage == domain.StageLost {
			p.Opportunities[i].Name, p.Opportunities[i].Internal = "ZQINTERNALDEAL", true
		}
	}
	return doc, a.Title, "ZQINTERNALDEAL"
}

// An action and an opportunity marked internal only are printed, marked "[internal]", in
// the internal edition, and nowhere in the client edition: not in the document, its plan on
// one page or its review pack.
func TestInternalActionsAndOpportunitiesStayOutOfTheClientEdition(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc, action, deal := withInternalItems(t, lang)
		mark := assets.T(lang, "pdf.internal_mark") + " "
		forms := []struct {
			name            string
			onePage, review bool
			want            []string // in the internal edition
		}{
			{"document", false, false, []string{mark + action, mark + deal}},
			{"one page", true, false, []string{mark + action}},
			{"review pack", false, true, []string{action}},
		}
		for _, f := range forms {
			doc.OnePage, doc.Review = f.onePage, f.review
			doc.Edition = domain.EditionInternal
			internal := strings.ReplaceAll(allText(t, must(render(t, doc))), "\n", " ")
			for _, w := range f.want {
				if !strings.Contains(internal, w) {
					t.Errorf("%s %s, internal: no %q", lang, f.name, w)
				}
			}
			doc.Edition = domain.EditionClient
			client := allText(t, must(render(t, doc)))
			for _, m := range []string{action, deal} {
				if strings.Contains(client, m) {
					t.Errorf("%s %s, client: %q is printed", lang, f.name, m)
				}
			}
		}
	}
}
