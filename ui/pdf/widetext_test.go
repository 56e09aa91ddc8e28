package pdf

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/pdf/charts"
	"kamplan/ui/pdf/pen"
)

// Names in Chinese, Japanese and Korean are drawn whole, or cut with "…", inside their card
// or header on paper — never past its edge — and a Latin name that fits is never cut: the
// layouts measure text with the document's fonts.

// The names: those that fit a card, one too long for anything, a Latin one of narrow letters.
const (
	longWideName = "北京钢铁集团有限公司华北区域采购与供应链管理部总经理办公室主任"
	narrowName   = "Itziar Iriarte Illarregi Ruiz"
)

var wideNames = []string{"张伟 (Zhang Wei)", "北京钢铁集团有限公司采购部", "山田太郎（やまだ たろう）", "김민준 (Kim Min-jun)"}

// wideDoc is the sample document whose contacts, buying centres and offerings have the
// names above (the contacts a boss and five reports).
func wideDoc(t *testing.T) *doc {
	in := sampleDocument(t, "en", domain.EditionInternal)
	p := in.Plan
	p.Contacts, p.Links, p.Coverage = nil, nil, nil
	p.Centres, p.Wallet.Offerings, p.WhiteSpace = nil, nil, nil
	for i, n := range append(append([]string{}, wideNames...), longWideName, narrowName) {
		id := string(rune('a' + i))
		c := domain.Contact{ID: id, Name: n, Title: "采购经理", Influence: 3, RelNow: 1, RelTarget: 3,
			BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}}
		if i > 0 {
			c.ReportsTo = "a"
		} else {
			c.Influence = 5 // a key player: the mark takes room beside the name
		}
		p.Contacts = append(p.Contacts, c)
		if n == narrowName {
			continue
		}
		p.Centres = append(p.Centres, domain.BuyingCentre{ID: "c" + id, Name: n})
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: "o" + id, Name: n})
		p.WhiteSpace = append(p.WhiteSpace, domain.SpaceCell{ID: id, CentreID: "c" + id, OfferingID: "o" + id,
			Status: domain.SpaceOpen, Potential: 4e7})
	}
	if err := pen.Load(); err != nil {
		t.Fatal(err)
	}
	return newDoc(in, nil)
}

func TestWideNamesStayInsideTheirBoxesOnPaper(t *testing.T) {
	d := wideDoc(t)
	const top = marginTop + 10
	d.pdf.AddPage()
	d.pdf.SetY(top)
	org := relationshipMap{}.pages(d, 1)[0]
	relationshipMap{}.page(d, org, nil)
	d.pdf.AddPage()
	ws := whiteSpaceMap{}
	space := chart.LayoutWhiteSpace(d.plan, chart.SpaceWords(d.t, d.loc.Compact), ws.options(d, len(d.plan.Wallet.Offerings), true))
	s := chart.Scale{Origin: chart.Point{X: marginX, Y: top}, Factor: 1}
	ws.drawMap(d, space, s)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, pageH := d.pdf.GetPageSize()
	pages := pageRuns(t, buf.Bytes(), pageH)
	if len(pages) != 2 {
		t.Fatalf("%d pages with text", len(pages))
	}
	namesInCards(t, d, pages[0], org, chart.Scale{Origin: s.Origin, Factor: orgScale})
	for _, h := range append(space.Rows, space.Cols...) {
		if h.ID != "" {
			drawnWholeOrCut(t, lineText(runsInside(t, pages[1], s.Rect(h.Box))), h.Full)
		}
	}
}

// namesInCards checks that every text of a card lies inside it, and each name is drawn
// whole but for the one too long.
func namesInCards(t *testing.T, d *doc, runs []textRun, m chart.OrgChart, s chart.Scale) {
	for _, c := range m.Cards {
		inCard := runsInside(t, runs, s.Rect(c.Box))
		name := s.Rect(c.Name.Box)
		var line []textRun
		for _, r := range inCard {
			if r.X < name.Right() && r.Y >= name.Y && r.Y <= name.Bottom() {
				line = append(line, r)
			}
		}
		drawnWholeOrCut(t, lineText(line), d.plan.FindContact(c.ContactID).Name)
	}
}

// runsInside are the runs that start in the box; each must end in it too.
func runsInside(t *testing.T, runs []textRun, box chart.Rect) []textRun {
	t.Helper()
	var out []textRun
	for _, r := range runs {
		if !box.Contains(chart.Point{X: r.X, Y: r.Y}) {
			continue
		}
		if r.Right() > box.Right()+0.01 {
			t.Errorf("%q drawn from %.2f to %.2f mm, out of its box %.2f–%.2f", r.Text, r.X, r.Right(), box.X, box.Right())
		}
		out = append(out, r)
	}
	return out
}

// lineText joins runs in reading order: lines from the top, runs from the left.
func lineText(runs []textRun) string {
	sort.SliceStable(runs, func(i, j int) bool {
		if d := runs[i].Y - runs[j].Y; d > 0.1 || d < -0.1 {
			return d < 0
		}
		return runs[i].X < runs[j].X
	})
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// drawnWholeOrCut checks that a name is drawn whole (its lines joined), or cut with "…"
// when it is the one too long for a card.
func drawnWholeOrCut(t *testing.T, drawn, full string) {
	t.Helper()
	strip := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	cut := strings.TrimSuffix(drawn, "…")
	switch {
	case strip(drawn) == strip(full):
	case full != longWideName:
		t.Errorf("%q drawn as %q: it fits", full, drawn)
	case cut == drawn || cut == "" || !strings.HasPrefix(strip(full), strip(cut)):
		t.Errorf("%q drawn as %q", full, drawn)
	}
}

// A Chinese name wrapped over two lines of its header is drawn whole: it is not listed
// among the names the map cut short; the one too long for its header is.
func TestWrappedWideHeadersAreNotListedAsCut(t *testing.T) {
	d := wideDoc(t)
	ws := whiteSpaceMap{}
	m := chart.LayoutWhiteSpace(d.plan, chart.SpaceWords(d.t, d.loc.Compact), ws.options(d, len(d.plan.Wallet.Offerings), true))
	wrapped := 0
	for _, h := range append(m.Rows, m.Cols...) {
		if h.Full == wideNames[1] && len(h.Labels) > 1 {
			wrapped++
		}
	}
	if wrapped == 0 {
		t.Fatalf("%q is on one line in every header: nothing to check", wideNames[1])
	}
	cut := charts.SpaceCutHeaders(m)
	for _, n := range cut {
		if n != longWideName {
			t.Errorf("%q listed as cut short: it is drawn whole", n)
		}
	}
	if !slices.Contains(cut, longWideName) {
		t.Errorf("%q is not listed, though cut short", longWideName)
	}
}
