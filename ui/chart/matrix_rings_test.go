package chart

import (
	"fmt"
	"testing"
)

// No shown label crosses a bubble's potential ring — its own, a larger account's, and in a
// portfolio that is not crowded any account's: a ring's line never runs through a name
// (the document once drew rings across labels).
func TestMatrixLabelsNeverCrossARing(t *testing.T) {
	spread := []MatrixAccount{}
	for i := range 9 {
		spread = append(spread, MatrixAccount{ID: fmt.Sprint(i), Name: fmt.Sprintf("Account %d, S.A.", i),
			Attractiveness: 1 + float64(i%3)*4, Strength: 1 + float64(i/3)*4, Revenue: int64(100 + i), Potential: 400 + int64(i)*300})
	}
	paper := MatrixOptions{W: 118, H: 118, Cutoff: 5.5, FontSize: 2.3, AxisFontSize: 2.65, MaxLabelChars: 32}
	for _, tt := range []struct {
		accounts []MatrixAccount
		anyRing  bool
	}{{spread, true}, {randomAccounts(12), false}, {randomAccounts(30), false}, {randomAccounts(300), false}} {
		for _, o := range []MatrixOptions{matrixOpts(), paper} {
			m := LayoutMatrix(tt.accounts, matrixWords, o)
			for i, b := range m.Bubbles {
				if b.Label.Hidden {
					continue
				}
				for j, d := range m.Bubbles {
					if (tt.anyRing || i == j || d.Radius > b.Radius) && ringCrosses(d, b.Label.Box) {
						t.Errorf("%d accounts, %v wide: label %q crosses the ring of %s", len(tt.accounts), o.W, b.Label.Text, d.ID)
					}
				}
			}
		}
	}
}
