// Package gen generates large, valid portfolios and plans for benchmarks and load tests.
// The output is deterministic: the same call gives the same data.
package gen

import (
	"fmt"
	"math/rand/v2"
	"time"

	"kamplan/domain"
)

type g struct{ r *rand.Rand }

func newGen(seed uint64) *g { return &g{rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))} }

func (g *g) id() string { return fmt.Sprintf("%016x", g.r.Uint64()) }

func (g *g) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *g) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

var (
	firstNames = []string{"Begoña", "Íñigo", "Ane", "Mikel", "Lucía", "Álvaro", "Nerea", "Jon", "Covadonga", "Raúl", "Marta", "José", "Itziar", "Fernando", "Ainhoa", "Óscar"}
	lastNames  = []string{"Ibáñez", "Zubizarreta", "Goikoetxea", "Etxeberria", "Menéndez", "Peña", "Larrañaga", "Arrieta", "Álvarez", "Cienfuegos", "Núñez", "Suárez", "Urrutia", "García", "Martínez", "Muñoz"}
	industries = []string{"Siderurgia", "Cemento", "Alimentación", "Papel", "Automoción", "Energía", "Química", "Farmacia", "Logística", "Distribución"}
	owners     = []string{"Laura Gómez", "Javier Ortega", "Marta Soler", "Pablo Ruiz", "Ana Sousa", "Carlos Vidal"}
	depts      = []string{"Dirección", "Finanzas", "Operaciones", "Mantenimiento", "Sistemas", "Compras", "Calidad", "Sostenibilidad"}
)

// Portfolio returns n accounts, each with one light plan for FY2027.
func Portfolio(n int) []domain.PlanFile {
	g := newGen(uint64(n))
	out := make([]domain.PlanFile, n)
	for i := range out {
		out[i] = g.planFile(fmt.Sprintf("Cliente %04d %s", i+1, g.pick(industries)), 8, 12, 4, 2)
	}
	return out
}

// LargePlan returns one account whose plan is as big as real plans get: 300 contacts,
// 500 actions, 50 KPIs with 24 periods of history, 30 objectives, four SWOTs of ten items.
func LargePlan() domain.PlanFile {
	return newGen(42).planFile("Grupo Industrial Cantábrico", 300, 500, 50, 24)
}

func (g *g) planFile(name string, contacts, actions, kpis, periods int) domain.PlanFile {
	a := domain.Account{ID: g.id(), Name: name, Tier: domain.Tiers[g.r.IntN(3)], Industry: g.pick(industries),
		Country: "España", Owner: g.pick(owners), Employees: 2400, AnnualRevenue: 61_000_000_000,
		Team: []domain.TeamMember{{ID: "tm1", Name: g.pick(owners), Role: domain.RoleDirector}, {ID: "tm2", Name: g.pick(owners), Role: domain.RoleManager}}}
	p := &domain.Plan{ID: g.id(), AccountID: a.ID, Period: "FY2027", Language: "es", Currency: "EUR",
		PreparedBy: a.Owner, Context: "Contexto del sector y de la operación del cliente.",
		StageNow: domain.Stage(g.between(1, 3)), StageTarget: domain.Stage(g.between(3, 5)),
		ValueProposition: "Propuesta de valor para el cliente.", RelationshipPlan: "Plan de relación.",
		ReviewCadence: domain.CadenceMonthly, Resources: "Equipo de cuenta.", Risks: "Riesgos principales."}
	g.wallet(p)
	g.swots(p)
	g.portfolio(p)
	owner := g.contacts(p, contacts)
	g.kpis(p, kpis, periods)
	g.objectives(p, max(2, actions/16))
	g.actions(p, actions)
	p.Commitment.InternalApproval = domain.Approval{By: a.Owner, Date: domain.NewDate(2026, 11, 20)}
	p.Notes = []domain.Note{{ID: g.id(), Text: "Nota compartida."}, {ID: g.id(), Text: "Nota interna.", Internal: true}}
	g.coverage(p, &a, owner)
	g.links(p)
	g.whiteSpace(p)
	g.deals(p, a, max(3, actions/10))
	g.reviews(p, a)
	return domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion, Account: a, Plans: []domain.Plan{*p}}
}

func (g *g) wallet(p *domain.Plan) {
	potential := int64(g.between(20, 900)) * 1_000_000_00 / 100
	ours := g.between(5, 60)
	p.Wallet = domain.Wallet{Potential: potential, Revenue: potential * int64(ours) / 100, Basis: "Últimos 12 meses"}
	for i := range 4 {
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: g.id(), Name: fmt.Sprintf("Línea %d", i+1),
			Potential: potential / 4, Revenue: potential / int64(g.between(8, 40))})
	}
	for i := range 3 {
		p.Wallet.Competitors = append(p.Wallet.Competitors, domain.CompetitorShare{ID: g.id(), Name: fmt.Sprintf("Competidor %d", i+1), SharePct: min(float64(g.between(5, 25)), float64(100-ours)/3)}) // all of it within the wallet
	}
}

func (g *g) swots(p *domain.Plan) {
	subjects := []struct {
		s    domain.Subject
		name string
	}{{domain.SubjectClient, ""}, {domain.SubjectUs, ""}, {domain.SubjectCompetitor, "Competidor 1"}, {domain.SubjectCompetitor, "Competidor 2"}}
	for _, sub := range subjects {
		w := domain.SWOT{ID: g.id(), Subject: sub.s, Competitor: sub.name}
		for i := range 10 {
			q := domain.Quadrants[i%4]
			w.Items = append(w.Items, domain.SWOTItem{ID: g.id(), Quadrant: q, Text: fmt.Sprintf("Elemento %s %d del análisis", q, i+1),
				Evidence: "Fuente: entrevista", Impact: g.between(1, 5), ShareWithClient: domain.SharedByDefault(sub.s)})
		}
		p.SWOTs = append(p.SWOTs, w)
	}
	kinds := []domain.StrategyKind{domain.KindSO, domain.KindST, domain.KindWO, domain.KindWT}
	for i := range 12 {
		k := kinds[i%4]
		in, ex := itemOf(p.SWOTs[i%2], domain.Quadrant(k[:1])), itemOf(p.SWOTs[0], domain.Quadrant(k[1:]))
		p.Strategies = append(p.Strategies, domain.Strategy{ID: g.id(), Kind: k, Text: fmt.Sprintf("Estrategia %d", i+1), ItemIDs: []string{in, ex}})
	}
}

func itemOf(w domain.SWOT, q domain.Quadrant) string { return w.In(q)[0].ID }

func (g *g) portfolio(p *domain.Plan) {
	p.Portfolio.Attractiveness.Scores = map[string]int{}
	for _, f := range domain.DefaultAttractivenessFactors() {
		p.Portfolio.Attractiveness.Scores[f.ID] = g.between(1, 10)
	}
	p.Portfolio.Strength = domain.Axis{Factors: domain.DefaultStrengthCriteria(), Scores: map[string]int{}}
	for _, f := range p.Portfolio.Strength.Factors {
		p.Portfolio.Strength.Scores[f.ID] = g.between(1, 10)
	}
}

// contacts adds n contacts and returns the name of each one's owner on our side.
func (g *g) contacts(p *domain.Plan, n int) []string {
	var owner []string
	for i := range n {
		c := domain.Contact{ID: g.id(), Name: g.pick(firstNames) + " " + g.pick(lastNames) + fmt.Sprintf(" %d", i+1),
			Title: "Responsable", Department: g.pick(depts), Email: fmt.Sprintf("contacto%d@cliente.es", i+1),
			BuyingRoles: []domain.BuyingRole{domain.BuyingRoles[g.r.IntN(len(domain.BuyingRoles))]},
			Influence:   g.between(1, 5), Attitude: g.between(-2, 2), RelNow: g.between(0, 2), RelTarget: g.between(2, 4)}
		owner = append(owner, g.pick(owners)) // drawn in this order, the generated plans stay the same
		c.Frequency = domain.Cadences[g.r.IntN(4)]
		c.LastContact = domain.NewDate(2026, time.Month(g.between(1, 11)), g.between(1, 28))
		if i > 0 {
			c.ReportsTo = p.Contacts[g.r.IntN(i)].ID // an earlier contact: a tree, never a cycle
		}
		if i == 0 {
			c.SellingRole = domain.SellingEconomic
		}
		p.Contacts = append(p.Contacts, c)
	}
	return owner
}

func (g *g) kpis(p *domain.Plan, n, periods int) {
	for i := range n {
		k := domain.NewKPI(fmt.Sprintf("Indicador %d", i+1))
		k.ID, k.Unit, k.Baseline, k.Target = g.id(), "%", 50, float64(g.between(60, 120))
		if i%5 == 4 {
			k.Direction = domain.LowerIsBetter
		}
		start := domain.NewDate(2026, 1, 1)
		for m := range periods {
			k.History = append(k.History, domain.Measurement{Period: start.AddMonths(m).String()[:7], Value: float64(g.between(40, 130))})
		}
		k.PlanB.RedPeriods = 3
		k.Internal = i%7 == 0
		p.KPIs = append(p.KPIs, k)
	}
}

func (g *g) objectives(p *domain.Plan, n int) {
	for i := range n {
		target := float64(g.between(10, 90))
		o := domain.Objective{ID: g.id(), Statement: fmt.Sprintf("Alcanzar %d %% en el indicador %d antes de fin de año", int(target), i+1),
			Category: domain.Categories[i%4], Target: &target, Deadline: domain.NewDate(2027, time.Month(1+i%12), 28),
			Owner: g.pick(owners), StrategyID: p.Strategies[i%len(p.Strategies)].ID}
		if len(p.KPIs) > 0 {
			o.KPIID = p.KPIs[i%len(p.KPIs)].ID
		} else {
			o.Unit = "%"
		}
		p.Objectives = append(p.Objectives, o)
	}
}

func (g *g) actions(p *domain.Plan, n int) {
	for i := range n {
		start := domain.NewDate(2026, 12, 1).AddDays(g.between(0, 330))
		a := domain.Action{ID: g.id(), Title: fmt.Sprintf("Acción %d con el cliente", i+1), Owner: g.pick(owners),
			ObjectiveIDs: []string{p.Objectives[i%len(p.Objectives)].ID},
			ContactIDs:   []string{p.Contacts[i%len(p.Contacts)].ID},
			Start:        start, Due: start.AddDays(g.between(7, 60)), Status: domain.ActionStatuses[g.r.IntN(5)],
			Contingency: i%25 == 24}
		p.Actions = append(p.Actions, a)
	}
	for i := range p.KPIs {
		p.KPIs[i].PlanB.ActionIDs = []string{p.Actions[(i*25+24)%len(p.Actions)].ID}
	}
}

// coverage gives every contact a pair with its owner and every third one a second member;
// an owner not in the team yet joins it as an executive.
func (g *g) coverage(p *domain.Plan, a *domain.Account, owner []string) {
	member := func(name string) string {
		if id, ok := a.MemberNamed(name); ok {
			return id
		}
		id := fmt.Sprintf("tm%d", len(a.Team)+1)
		a.Team = append(a.Team, domain.TeamMember{ID: id, Name: name, Role: domain.RoleExecutive})
		return id
	}
	for i, c := range p.Contacts {
		p.Coverage = append(p.Coverage, domain.Coverage{ID: g.id(), MemberID: member(owner[i]), ContactID: c.ID,
			RelNow: c.RelNow, RelTarget: c.RelTarget, Frequency: c.Frequency})
		if other := owners[(i+1)%len(owners)]; i%3 == 0 && other != owner[i] {
			p.Coverage = append(p.Coverage, domain.Coverage{ID: g.id(), MemberID: member(other), ContactID: c.ID,
				RelNow: g.between(0, 3), RelTarget: g.between(2, 4), Frequency: domain.CadenceQuarterly})
		}
	}
}

// links joins about one contact in ten to an earlier one, alternately by influence and conflict.
func (g *g) links(p *domain.Plan) {
	for i := 1; i < len(p.Contacts); i += 10 {
		kind := domain.LinkKinds[(i/10)%2]
		p.Links = append(p.Links, domain.Link{ID: g.id(), From: p.Contacts[i].ID, To: p.Contacts[g.r.IntN(i)].ID, Kind: kind})
	}
}

// whiteSpace maps six buying centres against the wallet's offerings.
func (g *g) whiteSpace(p *domain.Plan) {
	for _, n := range []string{"Planta Norte", "Planta Sur", "Mantenimiento central", "Compras corporativas", "I+D", "Logística"} {
		p.Centres = append(p.Centres, domain.BuyingCentre{ID: g.id(), Name: n})
	}
	for _, c := range p.Centres {
		for _, o := range p.Wallet.Offerings {
			cell := domain.SpaceCell{ID: g.id(), CentreID: c.ID, OfferingID: o.ID, Status: domain.SpaceStatuses[g.r.IntN(len(domain.SpaceStatuses))]}
			if cell.Status != domain.SpaceNotRelevant {
				cell.Potential = o.Potential / int64(len(p.Centres))
			}
			switch cell.Status {
			case domain.SpaceOurs:
				cell.Revenue = cell.Potential * int64(g.between(30, 90)) / 100
			case domain.SpaceCompetitor:
				cell.Competitor = p.Wallet.Competitors[g.r.IntN(len(p.Wallet.Competitors))].ID
			}
			p.WhiteSpace = append(p.WhiteSpace, cell)
		}
	}
}

// dealStages cycles through the default open stages, then won and lost.
var dealStages = []struct {
	name string
	pct  int
}{{"qualify", 10}, {"develop", 25}, {"propose", 50}, {"negotiate", 75}, {domain.StageWon, 100}, {domain.StageLost, 0}}

// deals adds n opportunities over the stages, the map's cells, the team and the objectives.
func (g *g) deals(p *domain.Plan, a domain.Account, n int) {
	for i := range n {
		st := dealStages[i%len(dealStages)]
		cell := p.WhiteSpace[i%len(p.WhiteSpace)]
		d := domain.Deal{ID: g.id(), Name: fmt.Sprintf("Oportunidad %d", i+1), CentreID: cell.CentreID, OfferingID: cell.OfferingID,
			Value: int64(g.between(5, 400)) * 1_000_00, Stage: st.name, Probability: st.pct,
			Close: domain.NewDate(2027, time.Month(1+i%12), 15), OwnerID: a.Team[i%len(a.Team)].ID,
			NextStep: "Presentar la propuesta", ObjectiveIDs: []string{p.Objectives[i%len(p.Objectives)].ID}}
		if d.Closed() {
			d.ClosedOn, d.Reason = d.Close.AddDays(-10), "Precio y plazo"
		}
		p.Opportunities = append(p.Opportunities, d)
	}
}

// reviews adds two past reviews, a quarter apart, rating every objective and capturing every KPI.
func (g *g) reviews(p *domain.Plan, a domain.Account) {
	for i := range 2 {
		r := domain.Review{ID: g.id(), Date: domain.NewDate(2026, time.Month(6+3*i), 20), MemberIDs: []string{a.Team[0].ID},
			ContactIDs: []string{p.Contacts[i%len(p.Contacts)].ID}, Decisions: []string{fmt.Sprintf("Decisión %d", i+1)}}
		for j, o := range p.Objectives {
			r.Objectives = append(r.Objectives, domain.ObjectiveReview{ObjectiveID: o.ID,
				Status: domain.ReviewStatuses[(i+j)%len(domain.ReviewStatuses)], Comment: "Según lo previsto"})
		}
		for _, k := range p.KPIs {
			r.KPIValues = append(r.KPIValues, domain.KPIValue{KPIID: k.ID, Value: float64(g.between(1, 100))})
		}
		p.Reviews = append(p.Reviews, r)
	}
}
