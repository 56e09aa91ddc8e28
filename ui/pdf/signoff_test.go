package pdf

import (
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// signOffText is the text of the sign-off: from its heading to the quote that ends it.
func signOffText(t *testing.T, doc Document, heading string) string {
	t.Helper()
	text := strings.Join(strings.Fields(allText(t, mustRender(t, doc))), " ")
	i := strings.LastIndex(text, heading)
	if i < 0 {
		t.Fatalf("no %q in the document", heading)
	}
	return text[i:]
}

// Both parties sign on a signature line; the client's signatory is named, with their
// title, when the plan knows them (the agreement's name, else the person the plan is
// prepared for); in the client's edition both dates are blanks to fill in by hand, the same
// in both languages.
func TestSignOffHasSignatureLinesAndNamesTheClient(t *testing.T) {
	for _, tt := range []struct {
		lang, agreedBy, preparedFor string
		want                        []string
	}{
		{"en", "", "", []string{"For Tecnologías Industriales del Norte Name: Javier Ortega, Key Account Director Signature: Date: __________",
			"For Aceros del Norte, S.A. Name: Ane Goikoetxea, Directora de operaciones Signature: Date: __________"}},
		{"es", "", "", []string{"Por Tecnologías Industriales del Norte Nombre: Javier Ortega, director de cuentas clave Firma: Fecha: __________",
			"Por Aceros del Norte, S.A. Nombre: Ane Goikoetxea, directora de operaciones Firma: Fecha: __________"}},
		{"en", "Íñigo Zubizarreta", "", []string{"For Aceros del Norte, S.A. Name: Íñigo Zubizarreta, Consejero delegado Signature:"}},
		{"en", "", "Jon Arrieta", []string{"For Aceros del Norte, S.A. Name: Jon Arrieta, Director de sistemas (CIO) Signature:"}},
		{"en", "", " ", []string{"For Aceros del Norte, S.A. Name: ______________________________ Signature:"}},
	} {
		doc := sampleDocument(t, tt.lang, domain.EditionClient)
		doc.Plan.Commitment.ClientAgreement.By = tt.agreedBy
		if tt.preparedFor != "" {
			doc.Plan.PreparedFor = tt.preparedFor
		}
		text := signOffText(t, doc, map[string]string{"en": "For Tecnologías", "es": "Por Tecnologías"}[tt.lang])
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %q %q: %q missing from:\n%s", tt.lang, tt.agreedBy, tt.preparedFor, w, text)
			}
		}
		if strings.Contains(text, "____ /") {
			t.Errorf("%s: a blank date in a day/month/year pattern", tt.lang)
		}
	}
}

// The client edition is signed on paper on the day it is: our internal approval's day, before
// the document's, is not printed beside an empty signature line, nor the client's; and it
// does not end with our coaching maxim, which speaks of the client in the third person. The
// internal edition keeps both.
func TestClientSignOffHasBlankDatesAndNoMaxim(t *testing.T) {
	quote := assets.T("es", "pdf.commitment_quote")
	for _, tt := range []struct {
		edition      domain.Edition
		want, banned []string
	}{
		{domain.EditionInternal, []string{"Firma: Fecha: 18/11/2026", "Firma: Fecha: 02/12/2026", quote}, nil},
		{domain.EditionClient, []string{"Firma: Fecha: __________ Por Aceros", "Firma: Fecha: __________"}, []string{"18/11/2026", "02/12/2026", quote}},
	} {
		doc := sampleDocument(t, "es", tt.edition)
		doc.Plan.Commitment.ClientAgreement.Date = domain.NewDate(2026, 12, 2)
		text := signOffText(t, doc, "Por Tecnologías")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing from:\n%s", tt.edition, w, text)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s: %q printed in:\n%s", tt.edition, b, text)
			}
		}
	}
}
