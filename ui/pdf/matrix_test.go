package pdf

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
)

// portfolioPage is the text of the page holding the portfolio matrix.
func portfolioPage(t *testing.T, data []byte, lang string) string {
	t.Helper()
	axis := map[string]string{"en": "Customer attractiveness →", "es": "Atractivo del cliente →"}[lang]
	for _, p := range pageTexts(t, data) {
		if strings.Contains(p, axis) {
			return p
		}
	}
	t.Fatal("no page with the matrix's vertical axis")
	return ""
}

// The matrix of the sample portfolio names both axes, every quadrant and every placed account
// (six accounts fit without a collision), in both languages and both orientations.
func TestPDFMatrixNamesAxesQuadrantsAndAccounts(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, left := range []bool{false, true} {
			doc := sampleDocument(t, lang, domain.EditionInternal)
			doc.Settings.StrengthOnLeft = left
			data, _ := render(t, doc)
			page := portfolioPage(t, data, lang)
			x := map[string]string{"en": "Relative strength", "es": "Fortaleza relativa"}[lang]
			if left {
				x = "← " + x
			} else {
				x += " →"
			}
			if !strings.Contains(page, x) {
				t.Errorf("%s left=%v: no horizontal axis %q", lang, left, x)
			}
			d := newDoc(doc, nil)
			for _, q := range domain.PortfolioQuadrants {
				if name := d.t("portfolio." + string(q)); !strings.Contains(page, name+"\n") {
					t.Errorf("%s: quadrant %s missing", lang, name)
				}
			}
			for _, r := range doc.Portfolio {
				if r.Position.Placed && !strings.Contains(page, r.AccountName) {
					t.Errorf("%s left=%v: %s is not named on the matrix", lang, left, r.AccountName)
				}
			}
		}
	}
}

// With a crowded portfolio the page names exactly the labels the shared layout shows, says
// how many go unnamed, and names this account.
func TestPDFMatrixCrowdedSaysHowManyAreUnnamed(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	for i := range 300 {
		doc.Portfolio = append(doc.Portfolio, domain.PlanSummary{AccountID: fmt.Sprint("gen", i), AccountName: fmt.Sprintf("Generated client %03d", i),
			PlanID: fmt.Sprint("p", i), Revenue: int64(1000 + i*37%500), Potential: 4000,
			Position: domain.Position{Attractiveness: 1 + float64(i*7%91)/10, Strength: 1 + float64(i*13%91)/10, Placed: true}})
	}
	data, _ := render(t, doc)
	page := portfolioPage(t, data, "en")
	d := newDoc(doc, nil)
	m := matrixOf(d)
	accounts, l := m.Accounts, m.Layout(canvasOf(d))
	if l.Hidden == 0 {
		t.Fatal("300 accounts fit without hiding a label: the test needs a crowd")
	}
	for _, b := range l.Bubbles {
		if got := strings.Contains(page, b.Label.Text+"\n"); got == b.Label.Hidden {
			t.Errorf("label %q hidden=%v but on the page=%v", b.Label.Text, b.Label.Hidden, got)
		}
	}
	want := fmt.Sprintf("%d of %d accounts are drawn without their name", l.Hidden, len(accounts))
	if !strings.Contains(strings.ReplaceAll(page, "\n", " "), want) || !strings.Contains(page, doc.Account.Name) {
		t.Errorf("the page lacks %q or this account's name", want)
	}
}

// On the sample portfolio's matrix, in both orientations, every account is named and no
// name crosses any bubble's potential ring.
func TestPDFMatrixNamesCrossNoRing(t *testing.T) {
	for _, left := range []bool{false, true} {
		doc := sampleDocument(t, "es", domain.EditionInternal)
		doc.Settings.StrengthOnLeft = left
		d := newDoc(doc, nil)
		l := matrixOf(d).Layout(canvasOf(d))
		for _, b := range l.Bubbles {
			if b.Label.Hidden {
				t.Errorf("left=%v: %s is not named", left, b.ID)
			}
			for _, o := range l.Bubbles {
				if crossesRing(o, b.Label.Box) {
					t.Errorf("left=%v: the name %q crosses the ring of %s", left, b.Label.Text, o.ID)
				}
			}
		}
	}
}

// crossesRing says whether a bubble's ring runs through a box: some corner of the box
// inside the ring's circle and some outside, or the circle's edge between them.
func crossesRing(b chart.MatrixBubble, box chart.Rect) bool {
	if b.Ring <= 0 {
		return false
	}
	nx, ny := max(box.X, min(b.Centre.X, box.Right())), max(box.Y, min(b.Centre.Y, box.Bottom()))
	fx := max(math.Abs(b.Centre.X-box.X), math.Abs(b.Centre.X-box.Right()))
	fy := max(math.Abs(b.Centre.Y-box.Y), math.Abs(b.Centre.Y-box.Bottom()))
	return math.Hypot(b.Centre.X-nx, b.Centre.Y-ny) < b.Ring && math.Hypot(fx, fy) > b.Ring
}
