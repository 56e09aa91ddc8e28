package pdf

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/pdf/theme"
)

// coverRuns are the text runs of the cover of the sample's client edition on A4.
func coverRuns(t *testing.T, lang, look string) []textRun {
	t.Helper()
	doc := sampleDocument(t, lang, domain.EditionClient)
	doc.Theme, doc.Paper = look, "a4"
	return pageRuns(t, mustRender(t, doc), 297)[0]
}

func runWith(runs []textRun, prefix string) (textRun, bool) {
	for _, r := range runs {
		if strings.HasPrefix(r.Text, prefix) {
			return r, true
		}
	}
	return textRun{}, false
}

// "Prepared by" names our company under the person and their title, in the person's column,
// in every theme.
func TestCoverNamesOurCompanyUnderThePerson(t *testing.T) {
	for _, look := range []string{theme.Modern, theme.Classic, theme.Sober} {
		runs := coverRuns(t, "en", look)
		person, ok1 := runWith(runs, "Laura Gómez")
		company, ok2 := runWith(runs, "Tecnologías Industriales del Norte")
		if !ok1 || !ok2 || company.X != person.X || company.Y <= person.Y || company.Y > person.Y+14 {
			t.Errorf("%s: the company (%v) is not under the person (%v)", look, company, person)
		}
	}
}

// The cover's note says what the client edition holds in the words of its sections' titles
// ("context", "commitment"), as one would write it to the client.
func TestCoverNoteUsesTheSectionsWords(t *testing.T) {
	for lang, tt := range map[string]struct{ want, banned []string }{
		"en": {[]string{"This account plan is shared with Aceros del Norte, S.A. and covers everything from your business context to what each of us commits to."},
			[]string{"spend", "indicators"}},
		"es": {[]string{"que compartimos con Aceros del Norte, S.A.: desde el contexto de su negocio hasta los compromisos de ambas partes."},
			nil},
	} {
		var note strings.Builder
		for _, r := range coverRuns(t, lang, theme.Modern) {
			note.WriteString(r.Text + " ")
		}
		text := strings.Join(strings.Fields(note.String()), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing from the cover:\n%s", lang, w, text)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s: the cover says %q, a word no section's title uses", lang, b)
			}
		}
	}
}

// In the modern theme the confidentiality note sits inside its box with room around it:
// its text keeps 3 mm from the box's left and right sides (the text area's edges).
func TestCoverConfidentialityBoxHasPadding(t *testing.T) {
	runs := coverRuns(t, "en", theme.Modern)
	title, ok := runWith(runs, "Confidential")
	if !ok {
		t.Fatal("no confidentiality note on the cover")
	}
	if title.X < marginX+3 {
		t.Errorf("the note's title starts %.1f mm from the box's side", title.X-marginX)
	}
	for _, r := range runs {
		if r.Y > title.Y && r.Right() > 210-marginX-3 {
			t.Errorf("%q ends %.1f mm from the box's right side", r.Text, 210-marginX-r.Right())
		}
	}
}

// Each person on the cover is named on one line and their title on the next, whole: "Ane
// Goikoetxea, Directora de / operaciones" was cut in the middle of the title.
func TestCoverPutsATitleOnALineOfItsOwn(t *testing.T) {
	for _, look := range []string{theme.Modern, theme.Classic, theme.Sober} {
		runs := coverRuns(t, "es", look)
		name, ok1 := runWith(runs, "Ane Goikoetxea")
		title, ok2 := runWith(runs, "Directora de operaciones")
		if !ok1 || !ok2 || name.Text != "Ane Goikoetxea" || title.X != name.X || title.Y <= name.Y {
			t.Errorf("%s: name %+v, title %+v", look, name, title)
		}
	}
}

// A page's header of the client edition names the edition once, on the left, and says on the
// right only that it is confidential ("for the client" twice read as a slip); the internal
// edition's says for whose use.
func TestHeaderNamesTheEditionOnce(t *testing.T) {
	for _, tt := range []struct {
		lang    string
		edition domain.Edition
		header  string
	}{
		{"es", domain.EditionClient, "Aceros del Norte, S.A. · FY2027 · Edición para el cliente\nConfidencial\n"},
		{"en", domain.EditionClient, "Aceros del Norte, S.A. · FY2027 · Client edition\nConfidential\n"},
		{"es", domain.EditionInternal, "Aceros del Norte, S.A. · FY2027 · Edición interna\nCONFIDENCIAL — SOLO USO INTERNO\n"},
	} {
		page := pageTexts(t, mustRender(t, sampleDocument(t, tt.lang, tt.edition)))[1]
		if !strings.HasPrefix(page, tt.header) {
			t.Errorf("%s %s: the header is not %q:\n%.200s", tt.lang, tt.edition, tt.header, page)
		}
	}
}
