package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// The reviews part says when the plan was last reviewed and when it is reviewed next, not
// only how often.
func TestReviewsSayTheLastAndNextReview(t *testing.T) {
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		text := allText(t, mustRender(t, sampleDocument(t, "es", ed)))
		part := text[strings.LastIndex(text, assets.T("es", "pdf.review")+"\n"):]
		for _, want := range []string{assets.T("es", "pdf.review_cadence") + "\nMensual\n",
			assets.T("es", "pdf.last_review") + "\n16/11/2026\n", assets.T("es", "pdf.next_review") + "\n16/12/2026\n"} {
			if !strings.Contains(part, want) {
				t.Errorf("%s: the reviews part lacks %q", ed, want)
			}
		}
	}
}
