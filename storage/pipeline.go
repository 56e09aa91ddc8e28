package storage

import (
	"kamplan/domain"
	"kamplan/domain/pipeline"
)

// PipelineOf is what the plan's row keeps of its pipeline for the portfolio: the open
// opportunities' value and weighted value, what was won, and the revenue objectives' gap.
func PipelineOf(p *domain.Plan) [4]int64 {
	s := pipeline.Total(p)
	return [4]int64{s.Unweighted, s.Weighted, s.Won, pipeline.Gap(p)}
}
