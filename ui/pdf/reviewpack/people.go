package reviewpack

import (
	"kamplan/domain"
	"kamplan/domain/review"
	"kamplan/ui/locale"
	"kamplan/ui/pdf/pipelinepdf"
)

// Facts are the lines under the pack's title: who took part in the latest review, our team
// then the client's people, and when the next review is. a and p are the whole account and
// plan (not the edition's copy): the client took part, so the names are shared with them.
// None without a review.
func Facts(a *domain.Account, p *domain.Plan, loc locale.Locale) []string {
	r := review.Latest(p)
	if r == nil {
		return nil
	}
	next := loc.T("review.pdf.next.unset")
	if day, ok := review.Next(p); ok {
		next = loc.LongDate(day)
	}
	return []string{loc.Participants(a, p, r), loc.T("review.pdf.next", next)}
}

// Clean passes every text of t through clean (the document's text filter).
func Clean(t *pipelinepdf.Table, clean func(string) string) {
	t.Title = clean(t.Title)
	for i := range t.Header {
		t.Header[i] = clean(t.Header[i])
	}
	for _, row := range t.Rows {
		for i := range row {
			row[i] = clean(row[i])
		}
	}
}
