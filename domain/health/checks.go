package health

import "kamplan/domain"

// definition is one row of the method's table: a check, its weight and how it is judged.
type definition struct {
	key    string
	weight int
	run    func(p *domain.Plan, st domain.Settings, today domain.Date) Check
}

// checks is the table of METHOD §10; the weights sum to 100 (60 completeness, 40 health).
var checks = []definition{
	{"profile", 5, profile},
	{"wallet", 5, wallet},
	{"client_swot", 6, clientSWOT},
	{"other_swots", 4, otherSWOTs},
	{"strategies", 5, strategies},
	{"portfolio", 5, portfolio},
	{"stakeholders", 6, stakeholders},
	{"stage", 3, stage},
	{"objectives", 6, objectives},
	{"actions", 5, actions},
	{"kpis", 4, kpis},
	{"signoff", 6, signoff},
	{"key_players", 8, keyPlayers},
	{"deciders", 8, deciders},
	{"overdue", 7, overdue},
	{"plan_b", 6, planB},
	{"pipeline", 6, pipelineCoverage},
	{"review", 5, review},
}

// Keys lists every check's key in the table's order.
func Keys() []string {
	out := make([]string, len(checks))
	for i, d := range checks {
		out[i] = d.key
	}
	return out
}

// Weight is the weight of the check with key, 0 when there is none.
func Weight(key string) int {
	for _, d := range checks {
		if d.key == key {
			return d.weight
		}
	}
	return 0
}
