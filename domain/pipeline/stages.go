// Package pipeline is the plan's opportunities seen as a sales pipeline: the company's
// stages and their default probabilities, the sums by stage, by objective and by cell of
// the white-space map, and how far the weighted pipeline covers each revenue objective's gap.
package pipeline

import (
	"slices"
	"strconv"
	"strings"

	"kamplan/domain"
)

// DefaultCoverage is how many times the weighted pipeline should cover a gap when the
// settings say nothing.
const DefaultCoverage = 3.0

// The default open stages' names; the company may rename them or add others in Settings.
const (
	Qualify   = "qualify"
	Develop   = "develop"
	Propose   = "propose"
	Negotiate = "negotiate"
)

// DefaultStages are the open stages when the settings name none.
func DefaultStages() []domain.SalesStage {
	return []domain.SalesStage{{Name: Qualify, Probability: 10}, {Name: Develop, Probability: 25},
		{Name: Propose, Probability: 50}, {Name: Negotiate, Probability: 75}}
}

// Stages are the open stages of the settings, or the defaults.
func Stages(s domain.Settings) []domain.SalesStage {
	if len(s.Stages) == 0 {
		return DefaultStages()
	}
	return s.Stages
}

// Coverage is the coverage ratio of the settings, or the default.
func Coverage(s domain.Settings) float64 {
	if s.Coverage <= 0 {
		return DefaultCoverage
	}
	return s.Coverage
}

// Columns are the board's stages: the open stages, then any stage an opportunity of p is
// in that the settings no longer name (so that no opportunity is hidden), then won and lost.
func Columns(stages []domain.SalesStage, p *domain.Plan) []string {
	var out []string
	for _, s := range stages {
		out = append(out, s.Name)
	}
	for _, d := range p.Opportunities {
		if !d.Closed() && d.Stage != "" && !slices.Contains(out, d.Stage) {
			out = append(out, d.Stage)
		}
	}
	return append(out, domain.StageWon, domain.StageLost)
}

// Probability is the probability an opportunity takes when it enters stage: 100 for won,
// 0 for lost, the stage's default for an open stage; ok is false for a stage not named.
func Probability(stages []domain.SalesStage, stage string) (pct int, ok bool) {
	switch stage {
	case domain.StageWon:
		return 100, true
	case domain.StageLost:
		return 0, true
	}
	for _, s := range stages {
		if s.Name == stage {
			return s.Probability, true
		}
	}
	return 0, false
}

// MoveTo is the opportunity moved to stage: its probability becomes the stage's default,
// and a won or lost one closes on day with the reason kept (the form asks for it).
func MoveTo(d domain.Deal, stages []domain.SalesStage, stage string, day domain.Date) domain.Deal {
	d.Stage = stage
	if pct, ok := Probability(stages, stage); ok {
		d.Probability = pct
	}
	if d.Closed() && d.ClosedOn.IsZero() {
		d.ClosedOn = day
	}
	if !d.Closed() {
		d.ClosedOn, d.Reason = domain.Date{}, ""
	}
	return d
}

// CheckSettings lists the problems of the settings' stages and coverage ratio: each stage
// named once, not won or lost, with a probability of 0–100 %; a ratio not below zero.
func CheckSettings(st domain.Settings) domain.Problems {
	var ps domain.Problems
	add := func(path, key, msg string, args ...any) {
		ps = append(ps, domain.Problem{Path: path, Key: key, Args: args, Msg: msg})
	}
	seen := map[string]bool{}
	for i, s := range st.Stages {
		path := "stages[" + strconv.Itoa(i) + "]"
		switch name := strings.ToLower(strings.TrimSpace(s.Name)); {
		case name == "":
			add(path+".name", "err.required", "is required")
		case name == domain.StageWon || name == domain.StageLost || seen[name]:
			add(path+".name", "err.stage_name", "%s is already a stage", s.Name)
		default:
			seen[name] = true
		}
		if s.Probability < 0 || s.Probability > 100 {
			add(path+".probability", "err.range", "must be %d–%d", 0, 100)
		}
	}
	if st.Coverage < 0 {
		add("coverage", "err.negative", "must not be negative")
	}
	return ps
}
