package gen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"

	"kamplan/domain"
)

// RandomEdit returns an edit a person could make to d, of any kind (fields of every type,
// scores, list elements added, replaced, removed and moved, batches), chosen with r. Half of
// the time it picks among the first elements of a list, so that two sequences of random
// edits of one plan often meet. The edit may be refused (a removal of something in use):
// apply it with Doc.Apply and skip it then.
func RandomEdit(r *rand.Rand, d *domain.Doc) domain.Edit {
	makers := []func(*rand.Rand, *domain.Doc) domain.Edit{
		setText, setMoney, setPercent, setStage, setDate, setChoice, setScore,
		swotItem, swotItem, contact, contact, action, kpiValue, teamMember, pair, cell,
		objective, note, strategy, criterion, batch, deal,
	}
	if e := makers[r.IntN(len(makers))](r, d); e != nil {
		return e
	}
	return domain.SetField{Field: "risks", Value: text(r)}
}

// pick is an index into a list of n (n > 0), among the first three half of the time.
func pick(r *rand.Rand, n int) int {
	if r.IntN(2) == 0 {
		return r.IntN(min(n, 3))
	}
	return r.IntN(n)
}

// element is one of items chosen with pick, as it reads back from JSON; ok is false when
// items is empty.
func element[T any](r *rand.Rand, items []T) (x T, ok bool) {
	if len(items) == 0 {
		return x, false
	}
	return normal(items[pick(r, len(items))]), true
}

// normal is v as it reads back from JSON, the form the plan and its edits keep.
func normal[T any](v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

func text(r *rand.Rand) string {
	words := []string{"plan", "cliente", "revisión", "合同", "año", "—", "Ñandú", "x"}
	return words[r.IntN(len(words))] + " " + words[r.IntN(len(words))] + fmt.Sprintf(" %d", r.IntN(100))
}

func setText(r *rand.Rand, _ *domain.Doc) domain.Edit {
	fields := []domain.Field{domain.FieldContext, domain.FieldRisks, domain.FieldResources, domain.FieldValueProposition,
		domain.FieldPreparedFor, domain.FieldAccountNotes, domain.FieldAccountIndustry}
	return domain.SetField{Field: fields[r.IntN(len(fields))], Value: text(r)}
}

func setMoney(r *rand.Rand, _ *domain.Doc) domain.Edit {
	fields := []domain.Field{domain.FieldWalletPotential, domain.FieldWalletRevenue}
	return domain.SetField{Field: fields[r.IntN(2)], Value: int64(r.IntN(1e9))}
}

func setPercent(r *rand.Rand, _ *domain.Doc) domain.Edit {
	if r.IntN(3) == 0 {
		return domain.SetField{Field: "wallet.margin_pct", Value: (*float64)(nil)}
	}
	v := float64(r.IntN(400)) / 4
	return domain.SetField{Field: "wallet.target_share", Value: &v}
}

func setStage(r *rand.Rand, _ *domain.Doc) domain.Edit {
	return domain.SetField{Field: "stage_now", Value: domain.Stages[r.IntN(len(domain.Stages))]}
}

func setDate(r *rand.Rand, _ *domain.Doc) domain.Edit {
	return domain.SetField{Field: "commitment.internal_approval.date", Value: domain.NewDate(2027, 1, 1).AddDays(r.IntN(365))}
}

func setChoice(r *rand.Rand, _ *domain.Doc) domain.Edit {
	if r.IntN(2) == 0 {
		return domain.SetField{Field: "review_cadence", Value: domain.Cadences[r.IntN(len(domain.Cadences))]}
	}
	return domain.SetField{Field: "account.tier", Value: domain.Tiers[r.IntN(len(domain.Tiers))]}
}

func setScore(r *rand.Rand, d *domain.Doc) domain.Edit {
	ax, axis := d.Plan.Portfolio.Strength, domain.AxisStrength
	if r.IntN(2) == 0 {
		ax, axis = d.Plan.Portfolio.Attractiveness, domain.AxisAttractiveness
	}
	if len(ax.Factors) == 0 {
		return nil
	}
	return domain.SetScore{Axis: axis, Factor: ax.Factors[pick(r, len(ax.Factors))].ID, Score: r.IntN(11)}
}

func swotItem(r *rand.Rand, d *domain.Doc) domain.Edit {
	w := d.Plan.SWOTs[pick(r, len(d.Plan.SWOTs))]
	if len(w.Items) == 0 || r.IntN(4) == 0 {
		it := normal(domain.SWOTItem{ID: domain.NewID(), Quadrant: domain.Quadrants[r.IntN(4)], Text: text(r), Impact: 1 + r.IntN(5)})
		return domain.AddItem{Coll: domain.CollSWOTItems, Parent: w.ID, At: r.IntN(len(w.Items) + 2), Value: it}
	}
	it := normal(w.Items[pick(r, len(w.Items))])
	switch r.IntN(3) {
	case 0:
		return domain.RemoveItem{Coll: domain.CollSWOTItems, Parent: w.ID, ID: it.ID}
	case 1:
		return domain.MoveItem{Coll: domain.CollSWOTItems, Parent: w.ID, ID: it.ID, To: r.IntN(len(w.Items))}
	}
	it.Text, it.Impact = text(r), 1+r.IntN(5)
	return domain.ReplaceItem{Coll: domain.CollSWOTItems, Parent: w.ID, Value: it}
}

func contact(r *rand.Rand, d *domain.Doc) domain.Edit {
	p := d.Plan
	if len(p.Contacts) < 3 || r.IntN(5) == 0 {
		c := normal(domain.Contact{ID: domain.NewID(), Name: "Ane " + text(r), Influence: 1 + r.IntN(5), RelNow: r.IntN(5), RelTarget: r.IntN(5)})
		return domain.AddItem{Coll: domain.CollContacts, At: r.IntN(len(p.Contacts) + 1), Value: c}
	}
	c := normal(p.Contacts[pick(r, len(p.Contacts))])
	switch r.IntN(4) {
	case 0:
		return domain.RemoveItem{Coll: domain.CollContacts, ID: c.ID}
	case 1:
		return domain.MoveItem{Coll: domain.CollContacts, ID: c.ID, To: r.IntN(len(p.Contacts))}
	case 2:
		c.Name = "Ane Goikoetxea " + text(r)
	}
	c.RelNow, c.Attitude, c.Influence = r.IntN(5), r.IntN(5)-2, 1+r.IntN(5)
	return domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
}

func action(r *rand.Rand, d *domain.Doc) domain.Edit {
	a, ok := element(r, d.Plan.Actions)
	if !ok {
		return nil
	}
	if r.IntN(3) == 0 {
		return domain.MoveItem{Coll: domain.CollActions, ID: a.ID, To: r.IntN(len(d.Plan.Actions))}
	}
	a.Title, a.Status = text(r), domain.ActionStatuses[r.IntN(len(domain.ActionStatuses))]
	return domain.ReplaceItem{Coll: domain.CollActions, Value: a}
}

func kpiValue(r *rand.Rand, d *domain.Doc) domain.Edit {
	k, ok := element(r, d.Plan.KPIs)
	if !ok {
		return nil
	}
	if n := len(k.History); n > 0 && r.IntN(2) == 0 {
		k.History[r.IntN(n)].Value = float64(r.IntN(2000)) / 10
	} else {
		k.History = append(k.History, domain.Measurement{Period: fmt.Sprintf("2030-%02d-%d", 1+r.IntN(12), r.IntN(1000)), Value: float64(r.IntN(100))})
	}
	return domain.ReplaceItem{Coll: domain.CollKPIs, Value: k}
}

func teamMember(r *rand.Rand, d *domain.Doc) domain.Edit {
	team := d.Account.Team
	if len(team) < 2 || r.IntN(3) == 0 {
		m := domain.TeamMember{ID: domain.NewID(), Name: "Mikel " + text(r), Role: domain.TeamRoles[r.IntN(len(domain.TeamRoles))]}
		return domain.AddItem{Coll: domain.CollTeam, At: r.IntN(len(team) + 1), Value: m}
	}
	m := team[pick(r, len(team))]
	if r.IntN(4) == 0 {
		return domain.RemoveItem{Coll: domain.CollTeam, ID: m.ID}
	}
	m.Name = "Itziar " + text(r)
	return domain.ReplaceItem{Coll: domain.CollTeam, Value: m}
}

func pair(r *rand.Rand, d *domain.Doc) domain.Edit {
	x, ok := element(r, d.Plan.Coverage)
	if !ok {
		return nil
	}
	x.RelNow, x.RelTarget = r.IntN(5), r.IntN(5)
	return domain.ReplaceItem{Coll: domain.CollCoverage, Value: x}
}

func cell(r *rand.Rand, d *domain.Doc) domain.Edit {
	x, ok := element(r, d.Plan.WhiteSpace)
	if !ok {
		return nil
	}
	x.Status, x.Competitor, x.Potential = domain.SpaceOpen, "", int64(r.IntN(1e8))
	return domain.ReplaceItem{Coll: domain.CollWhiteSpace, Value: x}
}

func objective(r *rand.Rand, d *domain.Doc) domain.Edit {
	o, ok := element(r, d.Plan.Objectives)
	if !ok {
		return nil
	}
	if r.IntN(4) == 0 {
		return domain.RemoveItem{Coll: domain.CollObjectives, ID: o.ID}
	}
	o.Statement = "Alcanzar 40 % " + text(r)
	return domain.ReplaceItem{Coll: domain.CollObjectives, Value: o}
}

func note(r *rand.Rand, d *domain.Doc) domain.Edit {
	p := d.Plan
	if len(p.Notes) > 0 && r.IntN(2) == 0 {
		return domain.RemoveItem{Coll: domain.CollNotes, ID: p.Notes[pick(r, len(p.Notes))].ID}
	}
	return domain.AddItem{Coll: domain.CollNotes, At: -1, Value: domain.Note{ID: domain.NewID(), Text: text(r), Internal: r.IntN(2) == 0}}
}

func strategy(r *rand.Rand, d *domain.Doc) domain.Edit {
	s, ok := element(r, d.Plan.Strategies)
	if !ok {
		return nil
	}
	if r.IntN(5) == 0 {
		return domain.RemoveItem{Coll: domain.CollStrategies, ID: s.ID}
	}
	s.Text = text(r)
	return domain.ReplaceItem{Coll: domain.CollStrategies, Value: s}
}

func criterion(r *rand.Rand, d *domain.Doc) domain.Edit {
	f, ok := element(r, d.Plan.Portfolio.Strength.Factors)
	if !ok {
		return nil
	}
	f.Weight = r.IntN(60)
	return domain.ReplaceItem{Coll: domain.CollCriteria, Value: f}
}

func batch(r *rand.Rand, d *domain.Doc) domain.Edit {
	return domain.Batch{setText(r, d), setMoney(r, d)}
}

func deal(r *rand.Rand, d *domain.Doc) domain.Edit {
	x, ok := element(r, d.Plan.Opportunities)
	if !ok {
		return nil
	}
	switch r.IntN(4) {
	case 0:
		return domain.MoveItem{Coll: domain.CollOpportunities, ID: x.ID, To: r.IntN(len(d.Plan.Opportunities))}
	case 1:
		return domain.RemoveItem{Coll: domain.CollOpportunities, ID: x.ID}
	}
	x.Value, x.Probability, x.Stage = int64(r.IntN(1e8)), r.IntN(101), dealStages[r.IntN(4)].name
	x.ClosedOn, x.Reason = domain.Date{}, ""
	return domain.ReplaceItem{Coll: domain.CollOpportunities, Value: x}
}
