package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
)

// splitOver says whether text, several words, is printed broken over lines: its first
// word alone on a line and the rest on the next.
func splitOver(page, text string) bool {
	words := strings.Fields(text)
	return len(words) > 1 && strings.Contains(page, "\n"+words[0]+"\n"+strings.Join(words[1:], " ")+"\n")
}

// Short names and statuses are never wrapped in a table when the table has room: an
// owner's name, a status of two words stay on one line.
func TestTablesKeepShortNamesOnOneLine(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		data, _ := render(t, s.doc)
		var short []string
		for _, m := range s.doc.Account.Team {
			short = append(short, m.Name)
		}
		for _, k := range []string{"status.not_started", "status.in_progress"} {
			short = append(short, assets.T(s.doc.Lang, k))
		}
		for n, page := range pageTexts(t, data) {
			for _, text := range short {
				if splitOver(page, text) {
					t.Errorf("%s: page %d breaks %q over two lines", s.name, n+1, text)
				}
			}
		}
	}
}
