package domain

// AxisName names an axis of the Customer Portfolio Matrix.
type AxisName string

const (
	AxisAttractiveness AxisName = "attractiveness"
	AxisStrength       AxisName = "strength"
)

// SetScore gives one factor of an axis its score from 1 to 10; 0 clears it (not scored).
type SetScore struct {
	Axis   AxisName
	Factor string
	Score  int
}

func (s SetScore) apply(d *Doc) (Edit, error) {
	ax, err := axisOf(d.Plan, s.Axis)
	if err != nil {
		return nil, err
	}
	old := ax.Scores[s.Factor]
	switch {
	case s.Score == 0:
		delete(ax.Scores, s.Factor)
	case byID(ax.Factors, s.Factor, func(f *Factor) string { return f.ID }) == nil:
		return nil, Errorf(CodeNotFound, "edit.not_found", "that part of the plan no longer exists")
	default:
		if ax.Scores == nil {
			ax.Scores = map[string]int{}
		}
		ax.Scores[s.Factor] = s.Score
	}
	return SetScore{Axis: s.Axis, Factor: s.Factor, Score: old}, nil
}

func (SetScore) touches() (account, plan bool) { return false, true }

func axisOf(p *Plan, name AxisName) (*Axis, error) {
	switch name {
	case AxisAttractiveness:
		return &p.Portfolio.Attractiveness, nil
	case AxisStrength:
		return &p.Portfolio.Strength, nil
	}
	return nil, internalError("no axis %q", name)
}
