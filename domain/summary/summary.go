// Package summary says what the executive summary of a plan states: where the account
// stands (portfolio position, relationship stage, share of wallet, white space), its first
// objectives, the KPIs' lights, the overdue actions, and the findings to act on, each kind
// grouped and ranked with the section to look in. The document's summary page, its one-page
// edition and the home screen show it. Its tests are package domain's, beside the plans they
// are built on (domain/summary_test.go).
package summary

import (
	"kamplan/domain/plausible"
	"slices"
	"sort"

	"kamplan/domain"
	"kamplan/domain/gaps"
)

// Facts are what the executive summary says of a plan.
type Facts struct {
	Position      domain.Position
	StageNow      domain.Stage
	StageTarget   domain.Stage
	ShareOfWallet float64
	ShareKnown    bool
	WhiteSpace    int64
	TopObjectives []domain.Objective // at most three, in plan order
	KPIStatus     map[domain.Status]int
	Overdue       int
	PlanBActive   []string // KPI names whose plan-B trigger fired
	Warnings      []domain.Warning
	Alerts        []Alert // grouped findings, most important first
}

// Alert is one finding of the executive summary: findings of one kind are grouped
// ("3 deciders have no owner: A, B, C") and say in which section to look.
type Alert struct {
	Key      string   // catalogue key; its arguments are the count and the names
	Count    int      // how many items the finding holds (1 for a single fact)
	Names    []string // the items, in plan order
	Args     []any    // the arguments of a single fact's message
	Severity int      // higher is more important
	Section  string   // where to look: stakeholders, kpis, actions, objectives, position, risks
}

// Of gathers the executive-summary facts of p. In a client edition the portfolio position,
// plan B and internal warnings and alerts are left empty.
func Of(p *domain.Plan, cutoff float64, today domain.Date) Facts {
	f := Facts{StageNow: p.StageNow, StageTarget: p.StageTarget, KPIStatus: map[domain.Status]int{}}
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
	if p.Edition == domain.EditionClient {
		return f
	}
	f.Position = p.Portfolio.Position(cutoff)
	f.PlanBActive = namesOf(p.KPIs, domain.KPI.PlanBTriggered, kpiName)
	f.Warnings = plausible.Warnings(p)
	f.Alerts = Alerts(p, today)
	return f
}

// Alerts groups the plan's findings by kind, most important first.
func Alerts(p *domain.Plan, today domain.Date) []Alert {
	var out []Alert
	add := func(a Alert) {
		if a.Count > 0 {
			out = append(out, a)
		}
	}
	add(namesAlert("pdf.alert.plan_b", 95, "risks", namesOf(p.KPIs, domain.KPI.PlanBTriggered, kpiName)))
	if !slices.ContainsFunc(p.Contacts, func(c domain.Contact) bool { return c.SellingRole == domain.SellingEconomic }) {
		add(Alert{Key: "pdf.alert.no_economic_buyer", Count: 1, Names: []string{""}, Severity: 90, Section: "stakeholders"})
	}
	add(namesAlert("pdf.alert.deciders_no_owner", 85, "stakeholders", namesOf(p.Contacts, func(c domain.Contact) bool {
		return c.HasRole(domain.BuyingDecider) && !p.Covered(c.ID)
	}, personName)))
	add(namesAlert("pdf.alert.kpis_red", 80, "kpis", namesOf(p.KPIs, func(k domain.KPI) bool { return k.Status() == domain.StatusRed }, kpiName)))
	add(namesAlert("pdf.alert.overdue", 75, "actions", namesOf(p.Actions, func(a domain.Action) bool { return a.Overdue(today) }, actionTitle)))
	add(namesAlert("pdf.alert.key_players_uncovered", 70, "stakeholders", namesOf(p.Contacts, func(c domain.Contact) bool {
		return c.KeyPlayer() && !p.Covered(c.ID) && !c.HasRole(domain.BuyingDecider)
	}, personName)))
	if len(p.Contacts) > 0 && !slices.ContainsFunc(p.Contacts, func(c domain.Contact) bool { return c.Supportive() && c.Influence >= 4 }) {
		add(Alert{Key: "pdf.alert.no_strong_supporter", Count: 1, Severity: 60, Section: "stakeholders"})
	}
	if w := p.StageWarning(); w != nil {
		add(Alert{Key: w.Key, Args: w.Args, Count: 1, Severity: 50, Section: "position"})
	}
	for _, w := range plausible.FigureWarnings(p) {
		add(Alert{Key: w.Key, Args: w.Args, Count: 1, Severity: 45, Section: "position"})
	}
	add(namesAlert("pdf.alert.not_met", 40, "stakeholders", notMetNames(p, today)))
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}

func namesAlert(key string, severity int, section string, names []string) Alert {
	return Alert{Key: key, Count: len(names), Names: names, Severity: severity, Section: section}
}

// namesOf lists the names of the elements of xs that match, in order.
func namesOf[T any](xs []T, match func(T) bool, name func(T) string) []string {
	var out []string
	for _, x := range xs {
		if match(x) {
			out = append(out, name(x))
		}
	}
	return out
}

var (
	kpiName     = func(k domain.KPI) string { return k.Name }
	personName  = func(c domain.Contact) string { return c.Name }
	actionTitle = func(a domain.Action) string { return a.Title }
)

// notMetNames are the key players (influence ≥ 4) not met within their contact frequency.
func notMetNames(p *domain.Plan, today domain.Date) []string {
	return namesOf(p.Contacts, func(c domain.Contact) bool {
		n, ok := gaps.CadenceDays(c.Frequency)
		return ok && c.Influence >= 4 && !c.LastContact.IsZero() && c.LastContact.AddDays(n).Before(today)
	}, personName)
}

// FiredPlanB are the plan-B actions whose KPI's trigger has fired: the others wait.
func FiredPlanB(p *domain.Plan) map[string]bool {
	fired := map[string]bool{}
	for _, k := range p.KPIs {
		if k.PlanBTriggered() {
			for _, id := range k.PlanB.ActionIDs {
				fired[id] = true
			}
		}
	}
	return fired
}
