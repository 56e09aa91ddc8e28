package pdf

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
)

// listedKeys are parts a reader looks for in the contents, under their sections.
var listedKeys = []string{"whitespace.pdf.title", "pdf.influence_map", "pdf.strategy_kind.SO", "pdf.strategy_kind.ST", "pdf.strategy_kind.WO", "pdf.strategy_kind.WT"}

// The contents list, under their sections, the white-space map, the influence map and each
// TOWS strategy, numbered N.M with their pages; the body prints the same number before the
// same title on that page.
func TestContentsListThePartsWithTheNumbersOfTheBody(t *testing.T) {
	for _, lang := range assets.Languages {
		data, _ := render(t, sampleDocument(t, lang, domain.EditionInternal))
		pages := pageTexts(t, data)
		lines := strings.Split(pages[1], "\n")
		for _, k := range listedKeys {
			title := assets.T(lang, k)
			i := indexOf(lines, title)
			if i < 1 || i+1 >= len(lines) || !regexp.MustCompile(`^\d+\.\d+$`).MatchString(lines[i-1]) {
				t.Errorf("%s: %q is not in the contents with a number N.M", lang, title)
				continue
			}
			number := lines[i-1]
			page, _ := strconv.Atoi(lines[i+1])
			if page < 3 || page > len(pages) || !strings.Contains(pages[page-1], "\n"+number+"\n"+title+"\n") {
				t.Errorf("%s: %s %q is not headed so on p. %d", lang, number, title, page)
			}
		}
	}
}

func indexOf(lines []string, s string) int {
	for i, l := range lines {
		if l == s {
			return i
		}
	}
	return -1
}

// The contents' numbers are a column, and the sections' titles another, past ten sections.
func TestContentsNumbersAndTitlesAreAligned(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	data, _ := render(t, doc)
	d := laidOut(doc, nil)
	_, pageH := d.pdf.GetPageSize()
	xs := map[string]map[float64]bool{"number": {}, "title": {}}
	runs := pageRuns(t, data, pageH)[1]
	for i, r := range runs[:len(runs)-1] {
		if _, err := strconv.Atoi(r.Text); err == nil && r.X < marginX+2 && !strings.HasPrefix(runs[i+1].Text, "Page ") {
			xs["number"][round(r.X)] = true
			xs["title"][round(runs[i+1].X)] = true
		}
	}
	for what, at := range xs {
		if len(at) != 1 {
			t.Errorf("the sections' %ss start at %v mm", what, at)
		}
	}
}

func round(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

var outlineRE = regexp.MustCompile(`(\d+) 0 obj\n<</Title \(((?:\\.|[^\\)])*)\)\n/Parent (\d+) 0 R`)

// The outline has two levels: each listed part is a child of its section's entry.
func TestOutlineNestsThePartsUnderTheirSections(t *testing.T) {
	data, _ := render(t, sampleDocument(t, "en", domain.EditionInternal))
	titles, parent := map[string]string{}, map[string]string{}
	for _, m := range outlineRE.FindAllSubmatch(data, -1) {
		titles[string(m[1])] = decodeOutline(unescape(m[2]))
		parent[string(m[1])] = string(m[3])
	}
	for _, k := range listedKeys {
		title, found := assets.T("en", k), false
		for id, s := range titles {
			if !strings.HasSuffix(s, "  "+title) {
				continue
			}
			found = true
			number := strings.Fields(s)[0]
			section := number[:strings.Index(number, ".")] + "  "
			if !strings.HasPrefix(titles[parent[id]], section) {
				t.Errorf("%q is under %q in the outline", s, titles[parent[id]])
			}
		}
		if !found {
			t.Errorf("%q is not in the outline", title)
		}
	}
}

func decodeOutline(b []byte) string {
	b = bytes.TrimPrefix(b, []byte{0xFE, 0xFF})
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}

var annotRE = regexp.MustCompile(`/Subtype /Link`)

// Every "continues on p. N" mark and "continued from p. N" caption of the relationship map
// is a link: a page holding n of them holds at least n links.
func TestRelationshipMapPageMarksAreLinks(t *testing.T) {
	f := gen.LargePlan()
	doc := Document{Account: f.Account, Plan: &f.Plans[0], Settings: domain.DefaultSettings(), Lang: "en"}
	data, _ := render(t, doc)
	texts := pageTexts(t, data)
	dicts := bytes.Split(data, []byte("<</Type /Page\n"))[1:]
	if len(dicts) != len(texts) {
		t.Fatalf("%d page objects, %d pages of text", len(dicts), len(texts))
	}
	on := regexp.MustCompile(`continues on p\. \d+|continued from p\. \d+`)
	marks := 0
	for i, text := range texts {
		n := len(on.FindAllString(strings.ReplaceAll(text, "\n", " "), -1))
		marks += n
		dict := dicts[i][:bytes.Index(dicts[i], []byte("/Contents"))]
		if links := len(annotRE.FindAll(dict, -1)); links < n {
			t.Errorf("page %d: %d marks, %d links", i+1, n, links)
		}
	}
	if marks == 0 {
		t.Fatal("no page mark in the large plan's relationship map")
	}
}

// The team and resources before the sign-off are numbered and in the contents, as the
// sign-off under them is: an unnumbered heading before "11.1 Sign-off" read as a slip.
func TestTeamAndResourcesAreNumberedBeforeTheSignOff(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		pages := pageTexts(t, must(render(t, sampleDocument(t, lang, domain.EditionClient))))
		contents := pages[1]
		res, sign := strings.Index(contents, assets.T(lang, "pdf.resources")), strings.Index(contents, assets.T(lang, "pdf.sign_off"))
		if res < 0 || sign < res {
			t.Errorf("%s: the contents list the team and resources at %d, the sign-off at %d", lang, res, sign)
		}
	}
}

// A section with one listed part only prints it as a plain heading under the section's
// title: no number, no entry of its own in the contents or the outline. A client edition
// that shares one kind of strategy has no lone "5.1", a plan without resources no lone
// "11.1 Sign-off", and no section of the contents has an N.1 without an N.2.
func TestALoneListedHeadingIsNotNumbered(t *testing.T) {
	for _, lang := range assets.Languages {
		doc := sampleDocument(t, lang, domain.EditionClient)
		for i := range doc.Plan.Strategies {
			doc.Plan.Strategies[i].ShareWithClient = doc.Plan.Strategies[i].Kind == domain.KindWO
		}
		doc.Plan.Resources = ""
		data := must(render(t, doc))
		pages := pageTexts(t, data)
		for _, part := range []string{assets.T(lang, "pdf.strategy_kind.WO"), assets.T(lang, "pdf.sign_off"), assets.T(lang, "pdf.review")} {
			if strings.Contains(pages[1], part) {
				t.Errorf("%s: the contents list %q, its section's only part", lang, part)
			}
			body := strings.Join(pages[2:], "\n")
			if !strings.Contains(body, "\n"+part+"\n") || regexp.MustCompile(`\d+\.\d+\n`+regexp.QuoteMeta(part)).MatchString(body) {
				t.Errorf("%s: %q is not a plain heading in the body", lang, part)
			}
			if o := outlineText(data); o == "" || strings.Contains(o, part) {
				t.Errorf("%s: the outline is empty or lists %q", lang, part)
			}
		}
		lines := strings.Split(pages[1], "\n")
		for _, l := range lines {
			if n, ok := strings.CutSuffix(l, ".1"); ok && regexp.MustCompile(`^\d+$`).MatchString(n) && indexOf(lines, n+".2") < 0 {
				t.Errorf("%s: section %s of the contents has one part", lang, n)
			}
		}
	}
}

// outlineText is every title of the PDF's outline, one a line.
func outlineText(data []byte) string {
	var b strings.Builder
	for _, m := range outlineRE.FindAllSubmatch(data, -1) {
		b.WriteString(decodeOutline(unescape(m[2])) + "\n")
	}
	return b.String()
}
