package charts

import (
	"kamplan/domain"
	"kamplan/ui/chart"
)

// TimelineKeyH is the room of the timeline's key.
const TimelineKeyH = 11

// DrawKey is the key under the timeline, on each of its pages: the bars' classes named
// as the action table names the statuses, plan B when an action is one, and the dashed
// line of today with its date when the timeline shows it.
func (tm Timeline) DrawKey(c *Canvas) {
	c.Need(9)
	key := Key{{Colour: c.Accent, Label: c.T("plancharts.legend.open")},
		{Colour: chart.StatusColour(domain.StatusRed), Label: c.T("plancharts.legend.overdue"), Signal: true},
		{Colour: TimelineColour(c.Accent, chart.TimelineDone), Label: c.T("plancharts.legend.done")},
		{Colour: TimelineColour(c.Accent, chart.TimelineCancelled), Label: c.T("plancharts.legend.cancelled")}}
	for _, a := range tm.Actions {
		if a.Contingency {
			key = append(key, Swatch{Colour: PlanBColour, Label: c.T("plancharts.legend.plan_b")})
			break
		}
	}
	if tm.Layout(c, 0, 1).HasToday { // one row is enough to place the axis
		key = append(key, Swatch{Colour: chart.StatusColour(domain.StatusRed), Dashed: true, // as the line: grey in the sober theme
			Label: c.T("plancharts.legend.today") + " " + c.Loc.LongDate(tm.Today)})
	}
	key.Draw(c, c.MarginX, c.Width())
	c.Pen.Ln(2)
}
