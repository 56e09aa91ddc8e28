package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
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
		for _, w := range tt.want { // the cover puts the title on the line under the name
			if !strings.Contains(text, w) && !strings.Contains(text, strings.Replace(w, ", ", " ", 1)) {
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

// A team member with a title of their own (the sample's Marta Soler, "Ejecutiva de cuenta")
// is printed with it wherever the document names a member's role — the cover, the team's
// table, the sign-off, the coverage matrix's heading, the file's author — in both
// languages and editions; a member without one keeps the role's name.
func TestAMembersOwnTitleIsPrintedForTheirRole(t *testing.T) {
	for _, lang := range []string{"es", "en"} {
		for _, edition := range []domain.Edition{domain.EditionClient, domain.EditionInternal} {
			doc := sampleDocument(t, lang, edition)
			doc.Plan.PreparedBy, doc.Plan.Commitment.InternalApproval.By = "Marta Soler", "Marta Soler, Key Account Executive"
			data := mustRender(t, doc)
			text := strings.Join(strings.Fields(allText(t, data)), " ")
			role := assets.T(lang, "role.executive")
			signed := map[string]string{"es": "Marta Soler, ejecutiva de cuenta", "en": "Marta Soler, Ejecutiva de cuenta"}[lang] // Spanish writes a title after a name in lower case
			signOff, coverAndTeam := strings.Count(text, signed), strings.Count(text, "Marta Soler Ejecutiva de cuenta")
			signOff -= strings.Count(strings.Join(strings.Fields(doc.Plan.Resources), " "), signed) // as typed in the plan's resources
			if signOff != 1 || coverAndTeam < 2 {                                                   // the cover puts her title on the line under her name
				t.Errorf("%s %s: the sign-off names Marta Soler with her title %d times, the cover and the team's table %d", lang, edition, signOff, coverAndTeam)
			}
			for _, want := range []string{"Marta Soler Ejecutiva de cuenta", "Pablo Ruiz " + role} {
				if !strings.Contains(text, want) {
					t.Errorf("%s %s: the team's table lacks %q", lang, edition, want)
				}
			}
			if strings.Contains(text, "Marta Soler "+role) || strings.Contains(text, "Marta Soler, "+role) {
				t.Errorf("%s %s: Marta Soler is printed with the role's name", lang, edition)
			}
			if !strings.Contains(pdfInfo(t, data), "Author:          Marta Soler, Ejecutiva de cuenta") {
				t.Errorf("%s %s: the file's author lacks her title", lang, edition)
			}
		}
	}
}
