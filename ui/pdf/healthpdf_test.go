package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// The internal edition's summary prints the plan health score and what would raise it most;
// the client's prints neither.
func TestSummaryPrintsTheHealthScoreInternally(t *testing.T) {
	tests := []struct {
		lang    string
		edition domain.Edition
		want    []string
		absent  []string
	}{
		{"en", domain.EditionInternal, []string{"Plan health", "83/100", "Plan health 83/100: what would raise it most",
			"Plan B under way: 1 KPI triggered plan B", "Pipeline coverage: 1 revenue objective is covered less than 3",
			"Commitment: Record the client's agreement."}, nil},
		{"es", domain.EditionInternal, []string{"Salud del plan 83/100: lo que más la mejoraría", "Compromiso: Registre el acuerdo del cliente."}, nil},
		{"en", domain.EditionClient, nil, []string{"Plan health", "83/100", "Record the client's agreement"}},
		{"es", domain.EditionClient, nil, []string{"Salud del plan", "83/100"}},
	}
	for _, tt := range tests {
		data, _ := render(t, sampleDocument(t, tt.lang, tt.edition))
		text := strings.Join(strings.Fields(allText(t, data)), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %s: %q is not printed", tt.lang, tt.edition, w)
			}
		}
		for _, w := range tt.absent {
			if strings.Contains(text, w) {
				t.Errorf("%s %s: %q is printed", tt.lang, tt.edition, w)
			}
		}
	}
}
