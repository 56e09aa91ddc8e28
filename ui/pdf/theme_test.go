package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/pdf/theme"
)

// Every theme lays out the sample in both editions and languages with no heading or table
// header ending a page and no page mostly empty, as the default look does.
func TestEveryThemeKeepsThePageEndsAndFill(t *testing.T) {
	for _, name := range domain.DocThemes {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			for _, lang := range []string{"en", "es"} {
				doc := sampleDocument(t, lang, ed)
				doc.Theme = name
				d := laidOut(doc, nil)
				label := fmt.Sprintf("%s %s %s", name, ed, lang)
				for _, n := range d.orphans() {
					t.Errorf("%s: a heading or table header ends page %d", label, d.kept[n].page)
				}
				uses := d.pageUses()
				for _, u := range uses[2 : len(uses)-1] {
					if u.used < halfFull && !u.forced {
						t.Errorf("%s: page %d is %.0f%% full", label, u.page, 100*u.used)
					}
				}
			}
		}
	}
}

var baseFontRE = regexp.MustCompile(`/BaseFont /([A-Z]{6})\+([A-Za-z]+)`)

// embeddedFonts are the fonts a PDF embeds, by name, each with its subset tag.
func embeddedFonts(t *testing.T, data []byte) []string {
	t.Helper()
	var names []string
	for _, m := range baseFontRE.FindAllSubmatch(data, -1) {
		names = append(names, strings.ToLower(string(m[2])))
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// Each theme embeds its heading face and the text face as subsets, and the section titles
// are found in the text of the PDF.
func TestThemesEmbedTheirFacesAndTitles(t *testing.T) {
	want := map[string][]string{
		theme.Modern:  {"opensanskam", "opensanskamb"},
		theme.Classic: {"caladeab", "opensanskam", "opensanskamb"},
		theme.Sober:   {"opensanskam", "opensanskamb"},
	}
	for _, name := range domain.DocThemes {
		doc := sampleDocument(t, "en", domain.EditionClient)
		doc.Theme = name
		data, _ := render(t, doc)
		fonts := embeddedFonts(t, data)
		for _, f := range want[name] {
			if !slices.Contains(fonts, f) {
				t.Errorf("%s: %s is not embedded as a subset: %v", name, f, fonts)
			}
		}
		if name != theme.Classic && slices.Contains(fonts, "caladeab") {
			t.Errorf("%s: the serif heading face is embedded though no heading uses it", name)
		}
		text := allText(t, data)
		for _, title := range []string{"Executive summary", "Contents", "Account plan"} {
			if !strings.Contains(text, title) {
				t.Errorf("%s: no %q in the text", name, title)
			}
		}
	}
}

// The plan on one page takes the theme's heading face too: the classic serif, and in no
// other theme.
func TestThePlanOnOnePageFollowsTheTheme(t *testing.T) {
	for _, name := range domain.DocThemes {
		doc := sampleDocument(t, "en", domain.EditionInternal)
		doc.Theme, doc.OnePage = name, true
		data, _ := render(t, doc)
		if serif := slices.Contains(embeddedFonts(t, data), "caladeab"); serif != (name == theme.Classic) {
			t.Errorf("%s: the one-page plan embeds the serif heading face: %v", name, serif)
		}
	}
}

// A theme is set by name in any case, the settings' unless the document says another, and
// an unknown name is the default look.
func TestThemeOfADocument(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	for _, c := range []struct{ settings, doc, want string }{
		{"", "", theme.Modern}, {"classic", "", theme.Classic}, {"classic", "Sober", theme.Sober}, {"", "nonsense", theme.Modern},
	} {
		doc.Settings.DocTheme, doc.Theme = c.settings, c.doc
		if got := newDoc(doc, nil).look.Name; got != c.want {
			t.Errorf("settings %q, document %q: theme %q, want %q", c.settings, c.doc, got, c.want)
		}
	}
}

// The client's logo is on the cover beside the company's, in both editions and every
// theme; one that cannot be read is left out with a warning.
func TestClientLogoOnTheCover(t *testing.T) {
	for _, name := range domain.DocThemes {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			doc := sampleDocument(t, "en", ed)
			doc.Theme, doc.Settings.Logo, doc.Account.Logo = name, assets.Icon(), assets.Icon()
			raw, warnings := render(t, doc)
			if got := coverImages(t, raw); len(warnings) != 0 || got != 2 {
				t.Errorf("%s %s: %d images on the cover, warnings %v", name, ed, got, warnings)
			}
			doc.Account.Logo = []byte("not an image")
			raw, warnings = render(t, doc)
			if got := coverImages(t, raw); len(warnings) != 1 || got != 1 {
				t.Errorf("%s %s: a broken client logo gave %d images, warnings %v", name, ed, got, warnings)
			}
		}
	}
}

// coverImages counts the images drawn on the first page.
func coverImages(t *testing.T, data []byte) int {
	t.Helper()
	for _, m := range streamRE.FindAllSubmatch(data, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err == nil && bytes.Contains(content, []byte("Tj")) {
			return bytes.Count(content, []byte(" Do"))
		}
	}
	t.Fatal("no page in the PDF")
	return 0
}

// A SWOT too long for one page, whose second row of cells moves to the next page, is named
// again at its top, so the opportunities and threats are not read as a section of their own.
func TestASWOTContinuedOnTheNextPageIsNamedThere(t *testing.T) {
	doc := sampleDocument(t, "es", domain.EditionClient)
	for i := range doc.Plan.SWOTs {
		if w := &doc.Plan.SWOTs[i]; w.Subject == domain.SubjectClient {
			w.Items = append(append(w.Items, w.Items...), w.Items...) // three times as long: more than a page
		}
	}
	data, _ := render(t, doc)
	found := false
	for i, page := range pageTexts(t, data) {
		if strings.Contains(page, "Amenazas") && !strings.Contains(page, "Debilidades") {
			found = true
			if !strings.Contains(page, "DAFO del cliente (continuación)") {
				t.Errorf("page %d holds the SWOT's second row without its name", i+1)
			}
		}
	}
	if !found {
		t.Fatal("the sample's client SWOT no longer breaks across pages: choose a plan whose SWOT does")
	}
}
