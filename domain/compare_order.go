package domain

import "sort"

// unmoved is the largest set of elements common to as and bs that keep their order: the
// others moved. ia gives each element's position in as.
func unmoved(as, bs []element, ia map[string]int) map[string]bool {
	var ids []string
	var pos []int // for the common elements in bs's order, their positions in as
	for _, e := range bs {
		if i, ok := ia[e.id]; ok {
			ids = append(ids, e.id)
			pos = append(pos, i)
		}
	}
	stay := make(map[string]bool, len(ids))
	if sort.IntsAreSorted(pos) {
		for _, id := range ids {
			stay[id] = true
		}
		return stay
	}
	for _, k := range longestIncreasing(pos) {
		stay[ids[k]] = true
	}
	return stay
}

// longestIncreasing returns the indexes of a longest strictly increasing subsequence of xs.
func longestIncreasing(xs []int) []int {
	var tails []int // tails[l]: index in xs of the smallest tail of an increasing run of length l+1
	prev := make([]int, len(xs))
	for i, x := range xs {
		l := sort.Search(len(tails), func(k int) bool { return xs[tails[k]] >= x })
		prev[i] = -1
		if l > 0 {
			prev[i] = tails[l-1]
		}
		if l == len(tails) {
			tails = append(tails, i)
		} else {
			tails[l] = i
		}
	}
	out := make([]int, len(tails))
	i := -1
	if len(tails) > 0 {
		i = tails[len(tails)-1]
	}
	for k := len(tails) - 1; k >= 0; k-- {
		out[k], i = i, prev[i]
	}
	return out
}
