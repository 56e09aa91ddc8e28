package pdf

import (
	"bytes"
	"fmt"
	"kamplan/ui/locale"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/pdf/pen"
)

// scanned is one of the sixteen documents the layout is checked on: edition × language ×
// paper × plan (the sample, and the generated large plan).
type scanned struct {
	name string
	doc  Document
}

func scannedDocuments(t *testing.T) []scanned {
	t.Helper()
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	f := gen.LargePlan()
	var out []scanned
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		for _, lang := range []string{"en", "es"} {
			for _, paper := range []string{"a4", "letter"} {
				large := Document{Account: f.Account, Plan: &f.Plans[0], Settings: domain.DefaultSettings()}
				for i, doc := range []Document{sampleDocument(t, lang, ed), large} {
					doc.Lang, doc.Edition, doc.Paper = lang, ed, paper
					name := fmt.Sprintf("%s %s %s %s", ed, lang, paper, []string{"sample", "large"}[i])
					out = append(out, scanned{name, doc})
				}
			}
		}
	}
	return out
}

// No heading, section title or table header is the last thing on a page: each keeps the
// start of what it heads under it.
func TestNoHeadingEndsAPage(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		d := laidOut(s.doc, nil)
		for _, n := range d.orphans() {
			t.Errorf("%s: a heading or table header ends page %d", s.name, d.kept[n].page)
		}
	}
}

// No page is less than half full (see halfFull) but the cover, the contents, a page that
// ends because the next section must start on a page of its own (the summary stands
// alone), and the last page.
func TestNoPageIsMostlyEmpty(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		uses := laidOut(s.doc, nil).pageUses()
		for _, u := range uses[2 : len(uses)-1] {
			if u.used < halfFull && !u.forced {
				t.Errorf("%s: page %d is %.0f%% full", s.name, u.page, 100*u.used)
			}
		}
	}
}

// Nothing runs into the footer, floated charts included: the footer's line is 7 mm under
// the text area, and no page's content (with the space after its last block) reaches it.
func TestNothingRunsIntoTheFooter(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		d := laidOut(s.doc, nil)
		for _, u := range d.pageUses() {
			if over := d.pdf.Used(u.page) - d.bottom(); over >= 7 {
				t.Errorf("%s: page %d runs %.1f mm into the footer", s.name, u.page, over)
			}
		}
	}
}

// A heading whose section misjudges what follows it still never ends a page: the document
// is laid out again with a page break before it.
func TestAHeadingLeftAloneMovesToTheNextPage(t *testing.T) {
	layout := func(d *doc) {
		d.pdf.AddPage()
		d.pdf.SetY(d.bottom() - 12)
		d.heading("Alone", 0) // says nothing need stay with it
		d.need(30)
		d.para("The block under the heading, too tall for the rest of the page.")
	}
	d := keptTogether(sampleDocument(t, "en", domain.EditionInternal), nil, layout)
	if got := d.orphans(); len(got) != 0 || d.kept[0].page != 2 {
		t.Errorf("the heading is on page %d, left alone: %v", d.kept[0].page, got)
	}
}

// An appendix that fits on a page never leaves its glossary alone on the last page: on
// Letter paper the glossary, kept whole, used to end the document alone, the notes and the
// KPI history at the foot of the sign-off's page. It starts on the page of the appendix's
// title: printed whole on a page of its own, or begun under a page less than half full.
// A longer appendix starts where there is room.
func TestAnAppendixThatFitsAPageStartsItsGlossary(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		if !(&appendix{}).whole(laidOut(s.doc, nil)) {
			continue
		}
		var buf bytes.Buffer
		if _, err := Write(&buf, s.doc); err != nil {
			t.Fatal(err)
		}
		loc := locale.New(s.doc.Lang)
		appendix, glossary := "\n"+loc.T("pdf.s.appendix")+"\n", "\n"+loc.T("pdf.glossary")+"\n"
		pages := pageTexts(t, buf.Bytes())[2:] // not the contents
		at := slices.IndexFunc(pages, func(p string) bool { return strings.Contains(p, appendix) })
		if at < 0 || !strings.Contains(pages[at], glossary) {
			t.Errorf("%s: the appendix starts on page %d and its glossary is not there", s.name, at+3)
		}
	}
}

// A measured value in the KPI history is never cut across lines: its month, year and value
// stay together ("jul / 2026: 35" was read as two entries).
func TestKPIHistoryKeepsEachMeasurementWhole(t *testing.T) {
	for _, lang := range []string{"es", "en"} {
		for _, paper := range []string{"a4", "letter"} {
			doc := sampleDocument(t, lang, domain.EditionClient)
			doc.Paper = paper
			for _, page := range pageTexts(t, must(render(t, doc))) {
				for _, line := range strings.Split(page, "\n") {
					line = strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
					if monthAloneRE.MatchString(line) {
						t.Errorf("%s %s: a measurement is cut at %q", lang, paper, line)
					}
				}
			}
		}
	}
}

var monthAloneRE = regexp.MustCompile(`(?i)·\s*(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic|jan|apr|aug|dec)\.?$|\d{4}:$`)

// A timeline that fits a page is drawn whole on one page, not eight rows at a page's foot and
// the rest on the next; a longer one starts where six rows fit.
func TestATimelineThatFitsAPageIsNotSplit(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, paper := range []string{"a4", "letter"} {
			doc := sampleDocument(t, lang, domain.EditionClient)
			doc.Paper = paper
			text := strings.Join(strings.Fields(allText(t, must(render(t, doc)))), " ")
			more := strings.SplitN(assets.T(lang, "plancharts.pdf_more", 1), " ", 2)[1]
			if strings.Contains(text, more) {
				t.Errorf("%s %s: the sample's timeline of %d actions is split", lang, paper, len(doc.Plan.Actions))
			}
		}
	}
}

// The two boxes of the sign-off — our approval, the client's agreement — are on one page,
// under their heading, in every edition, language and paper.
func TestTheSignOffBoxesStayTogether(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		loc := locale.New(s.doc.Lang)
		ours, theirs := loc.T("pdf.internal_approval"), loc.T("pdf.agreement_by", s.doc.Account.Name)
		if name := s.doc.Settings.CompanyName; name != "" {
			ours = loc.T("pdf.approval_by", name)
		}
		for i, page := range pageTexts(t, must(render(t, s.doc)))[2:] { // not the contents
			if strings.Contains(page, "\n"+ours+"\n") != strings.Contains(page, "\n"+theirs+"\n") {
				t.Errorf("%s: page %d holds one box of the sign-off", s.name, i+3)
			}
		}
	}
}

// The sign-off names the parties as a contract does: the client's box by the account's name,
// ours by the company's when the settings give it (else "On our behalf").
func TestTheSignOffNamesTheParties(t *testing.T) {
	for _, company := range []string{"", "Ingeniería Norte, S.L."} {
		doc := sampleDocument(t, "es", domain.EditionClient)
		doc.Settings.CompanyName = company
		text := allText(t, must(render(t, doc)))
		ours := "Por nuestra parte"
		if company != "" {
			ours = "Por " + company
		}
		for _, want := range []string{ours, "Por Aceros del Norte, S.A."} {
			if !strings.Contains(text, "\n"+want+"\n") {
				t.Errorf("company %q: no box %q", company, want)
			}
		}
	}
}

// A table running over a page never leaves its last row alone under the repeated header
// (one action under "Actions (continued)" on Letter): the row before it goes over too. The
// rows fit exactly so that, without the rule, only the last would go over.
func TestATablesLastRowNeverGoesOverAlone(t *testing.T) {
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	rows := [][]string{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}, {"e", "5"}}
	pages := map[int]int{}
	layout := func(d *doc) {
		d.pdf.AddPage()
		d.font("", bodySize)
		tb := table{header: []string{"Action", "Due"}, align: "LL", rows: rows}.laidOut(d)
		room := tb.headerHeight(d) + 4*tb.rowHeight(0) + 0.5 // four rows and a little
		d.pdf.SetY(d.bottom() - room)
		tb.drawRows(d, func(i int, _, _ float64) { pages[i] = d.pdf.PageNo() })
	}
	keptTogether(sampleDocument(t, "en", domain.EditionInternal), nil, layout)
	if pages[3] != pages[4] || pages[4] == pages[0] {
		t.Errorf("rows by page: %v; the last two should go over together", pages)
	}
}

// A long table that runs over a page carries at least three rows onto the next, under its
// repeated header: two rows alone there (the glossary's last two on a page of their own)
// read as a slip.
func TestATableCarriesAtLeastThreeRowsOver(t *testing.T) {
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for i := range 10 {
		rows = append(rows, []string{fmt.Sprintf("term %d", i), "meaning"})
	}
	for _, fit := range []int{7, 8, 9} {
		pages := map[int]int{}
		layout := func(d *doc) {
			d.pdf.AddPage()
			tb := table{header: []string{"Term", "Meaning"}, align: "LL", rows: rows}.laidOut(d)
			d.pdf.SetY(d.bottom() - tb.headerHeight(d) - float64(fit)*tb.rowHeight(0) - 0.5)
			tb.drawRows(d, func(i int, _, _ float64) { pages[i] = d.pdf.PageNo() })
		}
		keptTogether(sampleDocument(t, "en", domain.EditionInternal), nil, layout)
		over := 0
		for _, p := range pages {
			if p != pages[0] {
				over++
			}
		}
		if over != 0 && over < 3 {
			t.Errorf("room for %d rows: %d rows go over", fit, over)
		}
	}
}

// A table of three rows that may split (the client's glossary, when the plan keeps its
// wallet internal) goes over whole with its heading rather than leave its last row alone
// under the repeated header.
func TestAThreeRowTableNeverLeavesOneRowOver(t *testing.T) {
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	rows := [][]string{{"Relationship stage", "1 Exploratory"}, {"SMART", "Specific"}, {"KPI", "Attainment"}}
	pages := map[int]int{}
	layout := func(d *doc) {
		d.pdf.AddPage()
		tb := table{header: []string{"Term", "Meaning"}, align: "LL", rows: rows, split: true}.laidOut(d)
		room := headingH + tb.headerHeight(d) + 2*tb.rowHeight(0) + 0.5 // two rows and a little
		d.pdf.SetY(d.bottom() - room)
		d.heading("Scales and definitions", tb.keepHeight(d))
		tb.drawRows(d, func(i int, _, _ float64) { pages[i] = d.pdf.PageNo() })
	}
	keptTogether(sampleDocument(t, "en", domain.EditionInternal), nil, layout)
	if pages[0] != pages[2] {
		t.Errorf("rows by page: %v; the three rows should stay together", pages)
	}
}
