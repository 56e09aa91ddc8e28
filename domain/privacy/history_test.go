package privacy

import "testing"

// A stack of entries 1 ← 2 ← 3 ← 4 (each on the one below) is cut above the highest entry
// that held the person: undo steps only through the entries above it.
func TestCutStackEndsTheStackAboveTheFirstEntryCut(t *testing.T) {
	below := func(seq int64) (int64, error) { return seq - 1, nil }
	for _, c := range []struct {
		name         string
		top          int64
		cut          []int64
		top2, unlink int64
	}{
		{"nothing cut", 4, nil, 4, 0},
		{"the top cut", 4, []int64{4}, 0, 0},
		{"the middle cut", 4, []int64{2}, 4, 3},
		{"two cut: the higher counts", 4, []int64{1, 3}, 4, 4},
		{"the bottom cut", 4, []int64{1}, 4, 2},
		{"an empty stack", 0, []int64{1}, 0, 0},
	} {
		cut := map[int64]bool{}
		for _, s := range c.cut {
			cut[s] = true
		}
		top, unlink, err := CutStack(c.top, cut, below)
		if err != nil || top != c.top2 || unlink != c.unlink {
			t.Errorf("%s: top %d, unlink %d (%v); want %d, %d", c.name, top, unlink, err, c.top2, c.unlink)
		}
	}
}
