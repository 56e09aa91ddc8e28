package reviewpack

import (
	"strings"

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

// Lines breaks a fact into lines at most width wide (as measure measures text) only after a
// comma or a "·", so that a person's name is never split over two lines. A part too wide
// for a line has a line of its own.
func Lines(fact string, width float64, measure func(string) float64) []string {
	var lines []string
	for _, part := range wholeParts(fact) {
		if n := len(lines); n > 0 && measure(lines[n-1]+" "+part) <= width {
			lines[n-1] += " " + part
			continue
		}
		lines = append(lines, part)
	}
	return lines
}

// wholeParts are the words of s grouped into what a line may not break: up to a word that
// ends in a comma, or up to a "·".
func wholeParts(s string) []string {
	var parts []string
	cur := ""
	for _, w := range strings.Fields(s) {
		cur = strings.TrimSpace(cur + " " + w)
		if strings.HasSuffix(w, ",") || w == "·" {
			parts, cur = append(parts, cur), ""
		}
	}
	if cur != "" {
		parts = append(parts, cur)
	}
	return parts
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
