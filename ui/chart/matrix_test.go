package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"kamplan/domain"
)

var matrixWords = MatrixText{
	Quadrants: map[domain.PortfolioQuadrant]string{domain.QuadStrategic: "Strategic", domain.QuadStar: "Star",
		domain.QuadStatus: "Status", domain.QuadStreamline: "Streamline"},
	Attractiveness: "Customer attractiveness", Strength: "Relative strength",
}

func matrixOpts() MatrixOptions {
	return MatrixOptions{W: 600, H: 480, Cutoff: 5.5, FontSize: 11}
}

// One account in each quadrant lands in that quadrant's box, which sits where the
// orientation says: high attractiveness at the top, high strength right (or left).
func TestMatrixPlacesEveryQuadrantInBothOrientations(t *testing.T) {
	accounts := []MatrixAccount{
		{ID: "hh", Name: "HH", Attractiveness: 8, Strength: 9, Revenue: 100, Potential: 300},
		{ID: "hl", Name: "HL", Attractiveness: 7, Strength: 2, Revenue: 100, Potential: 300},
		{ID: "lh", Name: "LH", Attractiveness: 3, Strength: 6, Revenue: 100, Potential: 300},
		{ID: "ll", Name: "LL", Attractiveness: 1, Strength: 1, Revenue: 100, Potential: 300},
	}
	for _, left := range []bool{false, true} {
		o := matrixOpts()
		o.StrengthOnLeft = left
		m := LayoutMatrix(accounts, matrixWords, o)
		mid := m.Plot.Center()
		for _, q := range m.Quadrants {
			c := q.Box.Center()
			wantRight := (q.Quadrant[1] == 'H') != left
			if (c.X > mid.X) != wantRight || (c.Y < mid.Y) != (q.Quadrant[0] == 'H') {
				t.Errorf("left=%v: %s box %v is on the wrong side", left, q.Quadrant, q.Box)
			}
			if q.Name.Hidden || q.Name.Text != matrixWords.Quadrants[q.Quadrant] || !q.Name.Box.Inside(q.Box) {
				t.Errorf("left=%v: %s name %+v", left, q.Quadrant, q.Name)
			}
		}
		for _, b := range m.Bubbles {
			if string(b.Class) != map[string]string{"hh": "HH", "hl": "HL", "lh": "LH", "ll": "LL"}[b.ID] {
				t.Errorf("left=%v: %s has class %s", left, b.ID, b.Class)
			}
			if !m.quadrant(b.Class).Contains(b.Centre) {
				t.Errorf("left=%v: %s at %v is outside its quadrant %v", left, b.ID, b.Centre, m.quadrant(b.Class))
			}
		}
		ll := m.Bubbles[m.Find("ll")].Centre
		if want := (Point{m.Plot.X, m.Plot.Bottom()}); left {
			if want.X = m.Plot.Right(); ll != want {
				t.Errorf("left: 1/1 at %v, want the bottom-right corner %v", ll, want)
			}
		} else if ll != want {
			t.Errorf("1/1 at %v, want the bottom-left corner %v", ll, want)
		}
	}
}

func (m MatrixLayout) quadrant(q domain.PortfolioQuadrant) Rect {
	for _, b := range m.Quadrants {
		if b.Quadrant == q {
			return b.Box
		}
	}
	return Rect{}
}

// Both axes are named, the arrow pointing to "high", inside the frame, left of and below the plot.
func TestMatrixNamesBothAxes(t *testing.T) {
	for _, left := range []bool{false, true} {
		o := matrixOpts()
		o.StrengthOnLeft = left
		m := LayoutMatrix(nil, matrixWords, o)
		wantX := "Relative strength →"
		if left {
			wantX = "← Relative strength"
		}
		if m.XAxis.Text != wantX || m.YAxis.Text != "Customer attractiveness →" {
			t.Errorf("axes %q, %q", m.XAxis.Text, m.YAxis.Text)
		}
		if !m.XAxis.Box.Inside(m.Frame) || !m.YAxis.Box.Inside(m.Frame) || m.XAxis.Box.Y < m.Plot.Bottom() || m.YAxis.Box.Right() > m.Plot.X {
			t.Errorf("axis boxes %v %v, plot %v, frame %v", m.XAxis.Box, m.YAxis.Box, m.Plot, m.Frame)
		}
		if m.YAxis.Box.H <= m.YAxis.Box.W {
			t.Errorf("the vertical axis label is not upright: %v", m.YAxis.Box)
		}
		if len(m.Ticks) != 6 || m.Ticks[2].Text != "5.5" {
			t.Errorf("ticks %+v", m.Ticks)
		}
	}
}

// Area follows revenue, the ring's area potential, and the biggest ring is MaxRadius.
func TestMatrixBubbleAreaFollowsRevenue(t *testing.T) {
	m := LayoutMatrix([]MatrixAccount{
		{ID: "a", Attractiveness: 5, Strength: 5, Revenue: 400, Potential: 1600},
		{ID: "b", Attractiveness: 6, Strength: 6, Revenue: 100, Potential: 400},
	}, matrixWords, matrixOpts())
	a, b := m.Bubbles[m.Find("a")], m.Bubbles[m.Find("b")]
	if math.Abs(a.Radius*a.Radius/(b.Radius*b.Radius)-4) > 1e-9 || math.Abs(a.Ring/a.Radius-2) > 1e-9 {
		t.Errorf("radii a %v/%v b %v/%v", a.Radius, a.Ring, b.Radius, b.Ring)
	}
	if math.Abs(a.Ring-0.08*math.Min(m.Plot.W, m.Plot.H)) > 1e-9 {
		t.Errorf("largest ring %v", a.Ring)
	}
	if m.Bubbles[0].ID != "a" {
		t.Error("the larger bubble is not drawn first")
	}
}

func randomAccounts(n int) []MatrixAccount {
	r := rand.New(rand.NewPCG(7, 11))
	out := make([]MatrixAccount, n)
	for i := range out {
		pot := int64(r.IntN(900)+20) * 1_000_000
		out[i] = MatrixAccount{ID: fmt.Sprintf("%04d", i), Name: fmt.Sprintf("Cliente %04d Siderurgia", i+1),
			Attractiveness: 1 + float64(r.IntN(91))/10, Strength: 1 + float64(r.IntN(91))/10,
			Revenue: pot * int64(r.IntN(56)+5) / 100, Potential: pot}
	}
	return out
}

// With 1,000 accounts every bubble is drawn, no two shown labels overlap, no shown label
// leaves the plot, the largest accounts are named and every hidden label is counted.
func TestMatrixWith1000AccountsNeverOverprints(t *testing.T) {
	accounts := randomAccounts(1000)
	for _, o := range []MatrixOptions{matrixOpts(), {W: 110, H: 110, Cutoff: 5.5, FontSize: 2.3, AxisFontSize: 2.6, StrengthOnLeft: true}} {
		o.Selected = "0500"
		m := LayoutMatrix(accounts, matrixWords, o)
		if len(m.Bubbles) != 1000 {
			t.Fatalf("%d bubbles", len(m.Bubbles))
		}
		var shown []Label
		for _, q := range m.Quadrants {
			shown = append(shown, q.Name)
		}
		hidden := 0
		for _, b := range m.Bubbles {
			if b.Label.Hidden {
				hidden++
				continue
			}
			for _, s := range shown {
				if s.Box.Overlaps(b.Label.Box) {
					t.Fatalf("label %q overlaps %q", b.Label.Text, s.Text)
				}
			}
			if !b.Label.Box.Inside(m.Plot) {
				t.Fatalf("label %q leaves the plot", b.Label.Text)
			}
			shown = append(shown, b.Label)
		}
		if hidden != m.Hidden || len(shown) < 4+10 {
			t.Errorf("hidden %d counted %d, shown %d", hidden, m.Hidden, len(shown))
		}
		last := m.Bubbles[len(m.Bubbles)-1]
		if last.ID != "0500" || !last.Selected || last.Label.Hidden {
			t.Errorf("the selected account is not on top and named: %+v", last)
		}
	}
}

// A plot of 1,000 accounts measures the names it may show, not every name: past the label
// budget a name is hidden without being measured, and what is shown is the same.
func TestMatrixMeasuresOnlyTheNamesItMayShow(t *testing.T) {
	accounts := randomAccounts(1000)
	measured := map[string]int{}
	o := matrixOpts()
	o.Selected, o.MaxLabels = "0500", 20
	o.Measure = func(text string, size float64, bold bool) float64 {
		measured[text]++
		return EstimateWidth(text, size, bold)
	}
	m := LayoutMatrix(accounts, matrixWords, o)
	names := 0
	for _, a := range accounts {
		names += measured[a.Name]
	}
	if names > 100 {
		t.Errorf("%d of 1,000 names measured for a budget of 20 labels", names)
	}
	o.Measure = nil
	all := LayoutMatrix(accounts, matrixWords, o)
	for i, b := range m.Bubbles {
		if b.Label.Hidden != all.Bubbles[i].Label.Hidden || !b.Label.Hidden && b.Label != all.Bubbles[i].Label {
			t.Fatalf("label of %s differs from the layout's with an estimate: %+v, %+v", b.ID, b.Label, all.Bubbles[i].Label)
		}
	}
	if m.Bubbles[len(m.Bubbles)-1].Label.Hidden {
		t.Error("the selected account is not named")
	}
}

// A label never lies over a larger bubble, and in a spread-out portfolio over no other
// bubble at all (the document once hid a name under a neighbour's bubble).
func TestMatrixLabelsKeepOffOtherBubbles(t *testing.T) {
	spread := []MatrixAccount{}
	for i := range 9 {
		spread = append(spread, MatrixAccount{ID: fmt.Sprint(i), Name: fmt.Sprintf("Account %d, S.A.", i),
			Attractiveness: 1 + float64(i%3)*4, Strength: 1 + float64(i/3)*4, Revenue: int64(100 + i), Potential: 400})
	}
	for _, tt := range []struct {
		accounts []MatrixAccount
		anyDisc  bool
		named    int
	}{{spread, true, 9}, {randomAccounts(30), false, 12}, {randomAccounts(1000), false, 12}} {
		m := LayoutMatrix(tt.accounts, matrixWords, matrixOpts())
		named := 0
		for i, b := range m.Bubbles {
			if b.Label.Hidden {
				continue
			}
			named++
			for j, d := range m.Bubbles {
				if j != i && (tt.anyDisc || d.Radius > b.Radius) && discOverlaps(d, b.Label.Box) {
					t.Errorf("label %q lies over the bubble of %s", b.Label.Text, d.ID)
				}
			}
		}
		if named < tt.named {
			t.Errorf("only %d of %d accounts named", named, len(tt.accounts))
		}
	}
}

// A point on a bubble finds it (the topmost one), a point on its label too, empty space nothing.
func TestMatrixHitTest(t *testing.T) {
	m := LayoutMatrix(randomAccounts(200), matrixWords, matrixOpts())
	for i, b := range m.Bubbles {
		if got := m.HitTest(b.Centre, 0); got < i || m.Bubbles[got].Radius+0 < math.Hypot(b.Centre.X-m.Bubbles[got].Centre.X, b.Centre.Y-m.Bubbles[got].Centre.Y) {
			t.Fatalf("centre of %s hits %d", b.ID, got)
		}
		if !b.Label.Hidden && m.HitTest(b.Label.Box.Center(), 0) < 0 {
			t.Fatalf("label of %s hits nothing", b.ID)
		}
	}
	one := LayoutMatrix(randomAccounts(1), matrixWords, matrixOpts())
	c := one.Bubbles[0].Centre
	if one.HitTest(c, 0) != 0 || one.HitTest(Point{c.X + one.Bubbles[0].Radius + 3, c.Y}, 4) != 0 {
		t.Error("the single bubble is not hit")
	}
	if one.HitTest(Point{c.X + one.Bubbles[0].Radius + 30, c.Y + 100}, 4) != -1 && !one.Bubbles[0].Label.Box.Contains(Point{c.X + one.Bubbles[0].Radius + 30, c.Y + 100}) {
		t.Error("empty space hits a bubble")
	}
}

// BenchmarkMatrixLayout1000 lays out the matrix of 1,000 accounts (aim with drawing: under 50 ms).
func BenchmarkMatrixLayout1000(b *testing.B) {
	accounts := randomAccounts(1000)
	for b.Loop() {
		LayoutMatrix(accounts, matrixWords, matrixOpts())
	}
}

// A cut-off wider than "10" (5,50 in Spanish, 7.25) stays clear of the vertical axis' title.
func TestMatrixTicksStayClearOfTheAxisTitle(t *testing.T) {
	for _, cutoff := range []float64{5.5, 7.25} {
		tx := matrixWords
		tx.Number = func(v float64) string { return fmt.Sprintf("%.*f", TickDecimals(v), v) + "00" }
		o := matrixOpts()
		o.Cutoff = cutoff
		m := LayoutMatrix(nil, tx, o)
		for _, tick := range m.Ticks {
			if tick.ID == "y" && tick.Box.X < m.YAxis.Box.Right() {
				t.Errorf("cut-off %v: tick %q at x %.1f overlaps the axis title ending at %.1f", cutoff, tick.Text, tick.Box.X, m.YAxis.Box.Right())
			}
		}
	}
}

func TestTickDecimalsShowNoTrailingZero(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want int
	}{{1, 0}, {10, 0}, {5.5, 1}, {7.25, 2}, {6.125, 2}} {
		if got := TickDecimals(c.v); got != c.want {
			t.Errorf("TickDecimals(%v) = %d, want %d", c.v, got, c.want)
		}
	}
}
