package pdf

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/pdf/pen"
)

// The pack's tables follow each other without a forced page break: the sample's pipeline
// follows its KPIs on the first page, which has room for it.
func TestReviewPackFillsItsFirstPage(t *testing.T) {
	first := pageTexts(t, renderPack(t, sampleDocument(t, "es", domain.EditionClient)))[0]
	if !strings.Contains(first, "Propuestas y proyectos") {
		t.Errorf("the pipeline does not follow the KPIs on the first page:\n%s", first)
	}
}

// The pack calls itself what its file's title calls it, and names a KPI's target as the
// plan does ("objetivo", not "meta").
func TestReviewPackNamesItselfOneWay(t *testing.T) {
	for lang, tt := range map[string]struct{ want, banned []string }{
		"es": {[]string{"Dosier de revisión · 16/11/2026", "\nValor\nObjetivo\n"}, []string{"Revisión de la cuenta"}},
		"en": {[]string{"Review pack · 16 Nov 2026", "\nValue\nTarget\n"}, []string{"Account review of"}},
	} {
		text := allText(t, renderPack(t, sampleDocument(t, lang, domain.EditionInternal)))
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing", lang, w)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s: %q printed", lang, b)
			}
		}
	}
}

// The pack's first page names its edition once: the running header says it, the subtitle
// under the title does not say it again.
func TestReviewPackNamesItsEditionOnce(t *testing.T) {
	for _, lang := range []string{"es", "en"} {
		for _, edition := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			first := pageTexts(t, renderPack(t, sampleDocument(t, lang, edition)))[0]
			label := assets.T(lang, "edition."+string(edition))
			if n := strings.Count(first, label); n != 1 {
				t.Errorf("%s %s: %q %d times on the first page:\n%s", lang, edition, label, n, first[:min(len(first), 400)])
			}
		}
	}
}

// The review's decisions are a list under their heading, one decision an item, with no
// one-column header repeating the heading ("Decisions" over "Decision").
func TestReviewPackListsTheDecisions(t *testing.T) {
	for lang, column := range map[string]string{"es": "Decisión", "en": "Decision"} {
		doc := sampleDocument(t, lang, domain.EditionInternal)
		text := allText(t, renderPack(t, doc))
		heading, first := assets.T(lang, "review.pdf.decisions"), doc.Plan.Reviews[len(doc.Plan.Reviews)-1].Decisions[0]
		if !strings.Contains(text, "\n"+heading+"\n"+first+"\n") {
			t.Errorf("%s: %q does not follow its heading %q", lang, first, heading)
		}
		if strings.Contains(text, "\n"+column+"\n") {
			t.Errorf("%s: a column headed %q", lang, column)
		}
	}
}

// Who took part in the review is printed name by name: a line breaks between two names,
// never inside one.
func TestReviewPackKeepsParticipantsNamesWhole(t *testing.T) {
	for _, paper := range []string{"a4", "letter"} {
		doc := sampleDocument(t, "es", domain.EditionClient)
		doc.Paper = paper
		first := pageTexts(t, renderPack(t, doc))[0]
		for _, name := range []string{"Javier Ortega", "Marta Soler", "Íñigo Zubizarreta", "Ane Goikoetxea"} {
			if !regexp.MustCompile(`(?m)^.*` + name + `.*$`).MatchString(first) {
				t.Errorf("%s: %q is broken across lines:\n%s", paper, name, first)
			}
		}
	}
}

// Dates in the pack's tables start where their column's heading starts, as in the rest of
// the document: the expected close, the due date and an earlier review's date.
func TestReviewPackAlignsDatesLeft(t *testing.T) {
	data := renderPack(t, sampleDocument(t, "es", domain.EditionInternal))
	date := regexp.MustCompile(`^\d\d/\d\d/\d{4}$`)
	checked := map[string]bool{}
	for _, page := range pageRuns(t, data, 297) {
		var heads []textRun
		for _, r := range page {
			switch {
			case r.Text == "Fecha" || r.Text == "Cierre" || r.Text == "Cierre previsto" || r.Text == "Fecha límite":
				heads = append(heads, r)
			case date.MatchString(r.Text):
				head := nearestLeft(heads, r)
				if head.Text == "" {
					continue
				}
				checked[head.Text] = true
				if math.Abs(r.X-head.X) > 0.5 {
					t.Errorf("%s under %q starts at %.1f mm, its heading at %.1f mm", r.Text, head.Text, r.X, head.X)
				}
			}
		}
	}
	if len(checked) != 3 {
		t.Errorf("date columns found: %v", checked)
	}
}

// nearestLeft is the heading above run r whose column r is in: the last one starting left
// of r's end.
func nearestLeft(heads []textRun, r textRun) textRun {
	var best textRun
	for _, h := range heads {
		if h.Y < r.Y && h.X < r.Right() && (best.Text == "" || h.X > best.X || h.Y > best.Y) {
			best = h
		}
	}
	return best
}

// A table that fits at a page's foot stays there: the space after it need not fit too. The
// English client pack's earlier reviews went to a second page of their own for 3 mm.
func TestATableThatFitsAtAPagesFootStaysThere(t *testing.T) {
	tb := table{header: []string{"Date", "Objective"}, align: "LL", rows: [][]string{{"15/10/2026", "Grow"}, {"15/10/2026", "Keep"}, {"15/10/2026", "Win"}}}
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	layout := func(d *doc) {
		d.pdf.AddPage()
		laid := tb.laidOut(d)
		h := headingH + laid.headerHeight(d) + 3*laid.rowHeight(0)
		d.pdf.SetY(d.bottom() - h - 0.1) // room for the heading and the rows, not the space after them
		tb.drawHeaded(d, "Earlier reviews")
	}
	if d := keptTogether(sampleDocument(t, "en", domain.EditionClient), nil, layout); d.pdf.PageNo() != 1 {
		t.Errorf("the table went to page %d", d.pdf.PageNo())
	}
	if pages := pageTexts(t, renderPack(t, sampleDocument(t, "en", domain.EditionClient))); len(pages) != 1 {
		t.Errorf("the English client pack takes %d pages", len(pages))
	}
}

// No page of a review pack is less than half full but the last, and the last holds more
// than the page before it had room for: nothing that fits is sent overleaf.
func TestReviewPacksLeaveNoPageMostlyEmpty(t *testing.T) {
	for _, s := range scannedDocuments(t) {
		s.doc.Review = true
		d := keptTogether(s.doc, nil, drawReviewPack)
		uses := d.pageUses()
		for _, u := range uses[:len(uses)-1] {
			if u.used < halfFull {
				t.Errorf("%s: page %d of the pack is %.0f%% full", s.name, u.page, 100*u.used)
			}
		}
		if n := len(uses); n > 1 && d.pdf.Used(n)-marginTop-3 <= d.bottom()-d.pdf.Used(n-1) {
			t.Errorf("%s: the pack's last page holds %.1f mm, which the %.1f mm left on the page before could take", s.name, d.pdf.Used(n)-marginTop-3, d.bottom()-d.pdf.Used(n-1))
		}
	}
}
