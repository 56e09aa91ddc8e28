package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// The internal edition sums the opportunities by stage and sets each revenue objective
// against them; the client's names the opportunities pursued together, without money, under
// a title and stages in the client's words (not our funnel's "Opportunities", "Negotiate").
func TestPipelineSection(t *testing.T) {
	tests := []struct {
		edition      domain.Edition
		want, absent []string
	}{
		{domain.EditionInternal, []string{"Opportunities", "Board by stage", "Against the revenue objectives",
			"€420,000", "0.9× short", "Mantenimiento predictivo en la", "Siemens lo incluyó sin coste en"}, nil},
		{domain.EditionClient, []string{"Proposals and projects", "Mantenimiento predictivo en la", "In negotiation"},
			[]string{"€320,000", "Against the revenue objectives", "Siemens lo incluyó sin coste en", "75 %", "Negotiate", "All opportunities"}},
	}
	for _, tt := range tests {
		data, _ := render(t, sampleDocument(t, "en", tt.edition))
		text := allText(t, data)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q is not printed", tt.edition, w)
			}
		}
		for _, w := range tt.absent {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q is printed", tt.edition, w)
			}
		}
	}
}
