package pipeline

import "kamplan/domain"

// Sum adds up some opportunities (money in minor units of the plan's currency).
type Sum struct {
	Open       int   // open opportunities counted
	Unweighted int64 // value of the open ones
	Weighted   int64 // value × probability of the open ones
	Won        int64 // value of the won ones
	WonCount   int
	Lost       int64 // value of the lost ones
}

// Add counts one opportunity.
func (s *Sum) Add(d domain.Deal) {
	switch d.Stage {
	case domain.StageWon:
		s.Won += d.Value
		s.WonCount++
	case domain.StageLost:
		s.Lost += d.Value
	default:
		s.Open++
		s.Unweighted += d.Value
		s.Weighted += d.Value * int64(d.Probability) / 100
	}
}

// Total sums every opportunity of p: the won ones are the revenue won this period, since
// a plan is the plan of one period.
func Total(p *domain.Plan) Sum {
	var s Sum
	for _, d := range p.Opportunities {
		s.Add(d)
	}
	return s
}

// ByStage sums the opportunities of p per stage.
func ByStage(p *domain.Plan) map[string]Sum {
	out := map[string]Sum{}
	for _, d := range p.Opportunities {
		s := out[d.Stage]
		s.Add(d)
		out[d.Stage] = s
	}
	return out
}

// ByObjective sums, per objective id, the opportunities that serve it.
func ByObjective(p *domain.Plan) map[string]Sum {
	out := map[string]Sum{}
	for _, d := range p.Opportunities {
		for _, id := range d.ObjectiveIDs {
			s := out[id]
			s.Add(d)
			out[id] = s
		}
	}
	return out
}

// Cell names one cell of the white-space map: a buying centre × an offering.
type Cell struct{ CentreID, OfferingID string }

// ByCell sums the opportunities of p per cell of the white-space map they are placed in.
func ByCell(p *domain.Plan) map[Cell]Sum {
	out := map[Cell]Sum{}
	for _, d := range p.Opportunities {
		if d.CentreID == "" || d.OfferingID == "" {
			continue
		}
		k := Cell{d.CentreID, d.OfferingID}
		s := out[k]
		s.Add(d)
		out[k] = s
	}
	return out
}
