package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// Who prepared the plan and who approved it are named with their roles in the document's
// language, on the cover, in the sign-off and in the file's author: a bare name takes the
// team member's role, a role the app knows typed in the other language is translated, and
// any other text is printed as it was typed.
func TestRolesFollowTheDocumentsLanguage(t *testing.T) {
	for _, tt := range []struct {
		lang, preparedBy, approvedBy string
		want, banned                 []string
	}{
		{"en", "Laura Gómez", "Javier Ortega", []string{"Laura Gómez, Key Account Manager", "Javier Ortega, Key Account Director"},
			[]string{"Gerente de cuenta clave", "Director de cuentas clave"}},
		{"en", "Laura Gómez, Gerente de cuenta clave", "Javier Ortega, Director de cuentas clave",
			[]string{"Laura Gómez, Key Account Manager", "Javier Ortega, Key Account Director"}, []string{"Gerente de cuenta clave"}},
		{"es", "Laura Gómez", "Javier Ortega, Key Account Director",
			[]string{"Laura Gómez, Gerente de cuenta clave", "Javier Ortega, Director de cuentas clave"}, []string{"Key Account"}},
		{"en", "Laura Gómez, Jefa de ventas Norte", "Javier Ortega (CEO)", []string{"Laura Gómez, Jefa de ventas Norte", "Javier Ortega (CEO)"}, nil},
		{"en", "", "", []string{"Laura Gómez, Key Account Manager", "Javier Ortega, Key Account Director"}, []string{"Gerente de cuenta clave"}},
	} {
		doc := sampleDocument(t, tt.lang, domain.EditionClient)
		if tt.preparedBy != "" { // else as the sample has them
			doc.Plan.PreparedBy, doc.Plan.Commitment.InternalApproval.By = tt.preparedBy, tt.approvedBy
		}
		data := mustRender(t, doc)
		text := strings.Join(strings.Fields(allText(t, data)), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %q, %q: %q missing", tt.lang, tt.preparedBy, tt.approvedBy, w)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s %q, %q: %q printed", tt.lang, tt.preparedBy, tt.approvedBy, b)
			}
		}
		if author := "Author:          " + tt.want[0]; !strings.Contains(pdfInfo(t, data), author) {
			t.Errorf("%s %q: the file's author is not %q", tt.lang, tt.preparedBy, tt.want[0])
		}
	}
}
