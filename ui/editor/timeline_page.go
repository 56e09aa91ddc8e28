package editor

import (
	"kamplan/domain"
	"kamplan/ui/chart"
)

// timelineOptions size the screen's timeline over the plan's period, today marked.
func (e *Editor) timelineOptions() chart.TimelineOptions {
	o := chart.DefaultTimelineOptions(0)
	o.Period, o.Today = domain.ParsePeriod(e.plan.Period), domain.Today()
	return o
}
