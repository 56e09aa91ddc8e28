package domain

// Clone returns a deep copy of the plan.
func (p *Plan) Clone() *Plan {
	q := clone(*p)
	q.Edition = p.Edition
	return &q
}
