package pdf

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
)

// relmapPages are the texts of the pages that hold the relationship map, by page number.
func relmapPages(pages []string, lang string) map[int]string {
	out := map[int]string{}
	for i, p := range pages {
		if strings.Contains(p, assets.T(lang, "relmap.pdf.title")) || strings.Contains(p, assets.T(lang, "relmap.pdf.continued")) {
			out[i+1] = p
		}
	}
	return out
}

// Every one of 120 contacts is named on the relationship map's pages, as drawn boxes (not
// an indented list); each "continues on p. N" is true: page N repeats that card under a mark
// naming the page it came from.
func TestRelationshipMapNamesEveryContact(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		doc := plan120(lang, domain.EditionInternal)
		pages := pageTexts(t, must(render(t, doc)))
		rel := relmapPages(pages, lang)
		if len(rel) < 2 {
			t.Fatalf("%s: the map of 120 people is on %d pages", lang, len(rel))
		}
		var all strings.Builder
		for _, p := range rel {
			all.WriteString(p)
		}
		for _, c := range doc.Plan.Contacts {
			if !strings.Contains(all.String(), c.Name) {
				t.Errorf("%s: %s is not on the relationship map's pages", lang, c.Name)
			}
		}
		checkContinuations(t, lang, rel)
	}
}

func checkContinuations(t *testing.T, lang string, rel map[int]string) {
	t.Helper()
	on := regexp.MustCompile(regexp.QuoteMeta(strings.ReplaceAll(assets.T(lang, "relmap.continues_on"), "%d", "@")))
	pattern := strings.Replace(on.String(), "@", `(\d+)`, 1)
	re := regexp.MustCompile(pattern)
	n := 0
	for page, text := range rel {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			n++
			target, _ := strconv.Atoi(m[1])
			from := fmt.Sprint(page)
			if target <= page || !strings.Contains(rel[target], from) {
				t.Errorf("%s: page %d says reports continue on page %d, which does not continue from it", lang, page, target)
			}
		}
	}
	if n == 0 {
		t.Errorf("%s: no card continues on another page", lang)
	}
}

// Every page's chart fits the page below its heading: no chart is cut by a page break.
func TestRelationshipMapPagesFitThePage(t *testing.T) {
	doc := plan120("en", domain.EditionInternal)
	fillDefaults(&doc)
	d := newDoc(doc, nil)
	d.pdf.AddPage()
	body := d.bottom() - marginTop
	for i, m := range (relationshipMap{}).pages(d, 3) {
		if h := m.Frame.H*orgScale + 9 + 2; h > body+0.01 {
			t.Errorf("page %d: chart and heading %.1f mm high, the page holds %.1f", i+3, h, body)
		}
		if w := m.Frame.W * orgScale; w > d.width()+0.01 {
			t.Errorf("page %d: %.1f mm wide, the page holds %.1f", i+3, w, d.width())
		}
	}
}

// The client edition has no relationship map.
func TestClientEditionHasNoRelationshipMap(t *testing.T) {
	doc := plan120("en", domain.EditionClient)
	pages := pageTexts(t, must(render(t, doc)))
	if rel := relmapPages(pages, "en"); len(rel) > 0 {
		t.Errorf("the client edition prints the relationship map on %d pages", len(rel))
	}
}
