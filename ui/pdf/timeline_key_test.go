package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// The timeline's key names the statuses of the action table: its open class covers both
// "not started" and "in progress", and the dashed line is today, dated as the document
// dates.
func TestTheTimelineKeyNamesTheTableStatusesAndToday(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc := sampleDocument(t, lang, domain.EditionClient)
		data, _ := render(t, doc)
		loc := locale.New(lang)
		var open, today bool
		for _, page := range pageRuns(t, data, 297) {
			for _, r := range page {
				text := strings.ToLower(r.Text)
				if strings.Contains(text, strings.ToLower(loc.T("status.not_started"))) && strings.Contains(text, strings.ToLower(loc.T("status.in_progress"))) {
					open = true
				}
				if r.Text == loc.T("plancharts.legend.today")+" "+loc.LongDate(doc.Today) {
					today = true
				}
			}
		}
		if !open || !today {
			t.Errorf("%s: the key names both open statuses %v, today %v", lang, open, today)
		}
	}
}
