package pdf

import (
	"bytes"
	"strings"
	"testing"

	"kamplan/domain"
)

// The review pack prints the last review: statuses, KPI values, the pipeline, decisions and
// the actions it created, on two to four pages; the client's copy holds no comment on a
// status and no money of the pipeline.
func TestReviewPack(t *testing.T) {
	const (
		decision = "Adelantar el taller conjunto de arquitectura a enero"
		action   = "Presentar el caso de negocio"
		comment  = "El piloto arranca en enero, un trimestre tarde."
	)
	for _, tt := range []struct {
		edition      domain.Edition
		want, banned []string
	}{
		{domain.EditionInternal, []string{"Revisión de la cuenta del 16/11/2026", "En riesgo", comment, decision, action, "Ponderado"}, nil},
		{domain.EditionClient, []string{"En riesgo", decision, action}, []string{comment, "Ponderado", "Siemens"}},
	} {
		doc := sampleDocument(t, "es", tt.edition)
		doc.Review = true
		data, _ := render(t, doc)
		text := strings.Join(strings.Fields(allText(t, data)), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing", tt.edition, w)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s: %q printed", tt.edition, b)
			}
		}
		if n := bytes.Count(data, []byte("/Type /Page\n")); n < 2 || n > 4 {
			t.Errorf("%s: %d pages, want 2 to 4", tt.edition, n)
		}
	}
}
