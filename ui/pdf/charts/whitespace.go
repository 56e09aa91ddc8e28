package charts

import (
	"strings"

	"kamplan/ui/chart"
)

// SpaceCutHeaders are the whole names of the white-space map's headers drawn cut short.
func SpaceCutHeaders(m chart.SpaceMap) []string {
	// lines break at spaces, and between Chinese characters, which have none
	noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	var out []string
	for _, h := range append(append([]chart.SpaceHead{}, m.Rows...), m.Cols...) {
		shown := ""
		for _, l := range h.Labels {
			shown += l.Text
		}
		if h.ID != "" && noSpace(shown) != noSpace(h.Full) {
			out = append(out, h.Full)
		}
	}
	return out
}
