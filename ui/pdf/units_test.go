package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// A unit is never separated from its number: whatever the width of the line, "45.000 €"
// is not broken into "45.000" at the end of one line and "€." at the start of the next.
func TestUnitStaysWithItsNumber(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	var b strings.Builder
	for i := range 40 { // the number and its unit fall at every place of a line
		b.WriteString(strings.Repeat("x", i%23+1) + " 45.000 €, 12 %, 3 k€ y 1,5 M€. ")
	}
	doc.Plan.Resources = b.String()
	data := mustRender(t, doc)
	text := allText(t, data)
	lines := strings.Split(text, "\n")
	for i := 1; i < len(lines); i++ {
		before := strings.TrimRight(lines[i-1], " ")
		if before == "" || before[len(before)-1] < '0' || before[len(before)-1] > '9' {
			continue
		}
		for _, unit := range []string{"€", "%", "k€", "M€"} {
			if strings.HasPrefix(lines[i], unit) {
				t.Errorf("a line starts with the unit of the number ending the line before: %q / %q", before, lines[i])
			}
		}
	}
	if !strings.Contains(strings.Join(drawnTexts(t, data), ""), "45.000\u00a0€") {
		t.Error("no no-break space between 45.000 and €")
	}
}
