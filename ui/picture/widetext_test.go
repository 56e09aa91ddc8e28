package picture

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// Names in Chinese, Japanese and Korean are drawn whole, or cut with "…", inside their card
// or header — never past its edge — and a Latin name that fits is never cut: the layouts
// measure text as the screen draws it.

// The names: those that fit a card, one too long for anything, a Latin one of narrow letters.
const (
	longWideName = "北京钢铁集团有限公司华北区域采购与供应链管理部总经理办公室主任"
	narrowName   = "Itziar Iriarte Illarregi Ruiz"
)

var wideNames = []string{"张伟 (Zhang Wei)", "北京钢铁集团有限公司采购部", "山田太郎（やまだ たろう）", "김민준 (Kim Min-jun)"}

// cjkTheme draws every text in Droid Sans Fallback, whose Chinese, Japanese and Korean
// characters are a full em wide, as a system font for them would be (the test machine
// has none, and Fyne then draws a narrower box for each).
type cjkTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (t cjkTheme) Font(fyne.TextStyle) fyne.Resource { return t.font }

func useCJKFont(t *testing.T, app fyne.App) {
	b, err := assets.Font("DroidSansFallback.ttf")
	if err != nil {
		t.Fatal(err)
	}
	app.Settings().SetTheme(cjkTheme{app.Settings().Theme(), fyne.NewStaticResource("DroidSansFallback.ttf", b)})
}

func TestWideNamesStayInsideTheirBoxesOnScreen(t *testing.T) {
	for _, cjk := range []bool{false, true} {
		t.Run(map[bool]string{false: "default font", true: "CJK font"}[cjk], func(t *testing.T) {
			app := test.NewTempApp(t)
			if cjk {
				useCJKFont(t, app)
			}
			relmapNamesInCards(t)
			spaceHeadersInBoxes(t)
		})
	}
}

// wideOrgPlan is a boss with five reports: the names above, the long one, the narrow one.
func wideOrgPlan() *domain.Plan {
	p := &domain.Plan{}
	for i, n := range append(append([]string{}, wideNames...), longWideName, narrowName) {
		c := domain.Contact{ID: string(rune('a' + i)), Name: n, Title: "采购经理", Influence: 3, RelNow: 1, RelTarget: 3,
			BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}}
		if i > 0 {
			c.ReportsTo = "a"
		}
		if i == 0 {
			c.Influence = 5 // a key player: the mark takes room beside the name
		}
		p.Contacts = append(p.Contacts, c)
	}
	return p
}

func relmapNamesInCards(t *testing.T) {
	m := NewRelationshipMap(wideOrgPlan(), OrgText(locale.New("en")))
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(1400, 700))
	texts := drawnTexts(m)
	for _, c := range m.Layout().Cards {
		box := m.View().Rect(c.Box)
		for _, tx := range texts {
			if box.Contains(textStart(tx)) {
				textInside(t, tx, box)
			}
		}
		name := textAt(texts, m.View().Point(chart.Point{X: c.Name.Box.X, Y: c.Name.Box.Y}))
		full := wideOrgPlan().FindContact(c.ContactID).Name
		if name == nil {
			t.Errorf("%q: no name drawn", full)
			continue
		}
		drawnWholeOrCut(t, name.Text, full)
	}
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

// wideSpacePlan has buying centres and offerings named in Chinese, Japanese and Korean.
func wideSpacePlan() *domain.Plan {
	p := &domain.Plan{}
	for i, n := range append(append([]string{}, wideNames...), longWideName) {
		id := string(rune('a' + i))
		p.Centres = append(p.Centres, domain.BuyingCentre{ID: "c" + id, Name: n})
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: "o" + id, Name: n})
		p.WhiteSpace = append(p.WhiteSpace, domain.SpaceCell{ID: id, CentreID: "c" + id, OfferingID: "o" + id,
			Status: domain.SpaceOpen, Potential: 4e7})
	}
	return p
}

func spaceHeadersInBoxes(t *testing.T) {
	m := NewWhiteSpaceMap(wideSpacePlan(), SpaceText(locale.New("en")), nil)
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(m.MinSize())
	texts := drawnTexts(m)
	for _, h := range append(m.Layout().Rows, m.Layout().Cols...) {
		if h.ID == "" {
			continue
		}
		var lines []string
		for _, tx := range texts {
			if h.Box.Contains(textStart(tx)) {
				textInside(t, tx, h.Box)
				lines = append(lines, tx.Text)
			}
		}
		drawnWholeOrCut(t, strings.Join(lines, ""), h.Full)
	}
}

// drawnTexts are the visible texts a widget's renderer draws.
func drawnTexts(w fyne.Widget) []*canvas.Text {
	var out []*canvas.Text
	for _, o := range test.WidgetRenderer(w).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			out = append(out, tx)
		}
	}
	return out
}

func textStart(tx *canvas.Text) chart.Point {
	return chart.Point{X: float64(tx.Position().X), Y: float64(tx.Position().Y)}
}

// textAt is the text drawn from p, if any.
func textAt(texts []*canvas.Text, p chart.Point) *canvas.Text {
	for _, tx := range texts {
		if s := textStart(tx); abs(s.X-p.X) < 0.01 && abs(s.Y-p.Y) < 0.01 {
			return tx
		}
	}
	return nil
}

// textInside checks that a text, as Fyne measures it, lies inside the box.
func textInside(t *testing.T, tx *canvas.Text, box chart.Rect) {
	t.Helper()
	size := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
	drawn := chart.Rect{X: float64(tx.Position().X), Y: float64(tx.Position().Y), W: float64(size.Width), H: float64(size.Height)}
	if !drawn.Inside(box.Inset(-0.01)) {
		t.Errorf("%q drawn at %+v, out of its box %+v", tx.Text, drawn, box)
	}
}
