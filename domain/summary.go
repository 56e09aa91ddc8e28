package domain

// Facts are what the executive summary says of a plan.
type Facts struct {
	Position      Position
	StageNow      Stage
	StageTarget   Stage
	ShareOfWallet float64
	ShareKnown    bool
	WhiteSpace    int64
	TopObjectives []Objective // at most three, in plan order
	KPIStatus     map[Status]int
	Overdue       int
	PlanBActive   []string // KPI names whose plan-B trigger fired
	Warnings      []Warning
}

// Summarise gathers the executive-summary facts. In a client edition the portfolio
// position, plan B and internal warnings are left empty.
func (p *Plan) Summarise(cutoff float64, today Date) Facts {
	f := Facts{StageNow: p.StageNow, StageTarget: p.StageTarget, KPIStatus: map[Status]int{}}
	f.ShareOfWallet, f.ShareKnown = p.Wallet.ShareOfWallet()
	f.WhiteSpace = p.Wallet.WhiteSpace()
	for i, o := range p.Objectives {
		if i == 3 {
			break
		}
		f.TopObjectives = append(f.TopObjectives, o)
	}
	for _, k := range p.KPIs {
		f.KPIStatus[k.Status()]++
	}
	for _, a := range p.Actions {
		if a.Overdue(today) {
			f.Overdue++
		}
	}
	if p.Edition == EditionClient {
		return f
	}
	f.Position = p.Portfolio.Position(cutoff)
	for _, k := range p.KPIs {
		if k.PlanBTriggered() {
			f.PlanBActive = append(f.PlanBActive, k.Name)
		}
	}
	f.Warnings = p.Warnings()
	return f
}

// Warnings are every soft warning of the plan: stakeholder map, stage against wallet.
func (p *Plan) Warnings() []Warning {
	ws := p.MapWarnings()
	if w := p.StageWarning(); w != nil {
		ws = append(ws, *w)
	}
	return ws
}
