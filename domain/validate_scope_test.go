package domain_test

import (
	"math/rand/v2"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

// Once a plan is valid, Doc.Apply runs only the validation rules that read what an edit
// reached. It must accept and refuse, with the same problems, exactly what validating the
// whole result would: checked here with random edits, those a person makes and others made
// to break one rule or another.
func TestScopedValidationFindsWhatAWholeOneFinds(t *testing.T) {
	refused := 0
	for n, f := range gen.Portfolio(6) {
		d := &domain.Doc{Account: &f.Account, Plan: &f.Plans[0], Today: func() domain.Date { return domain.NewDate(2026, 12, 6) }}
		r := rand.New(rand.NewPCG(uint64(n), 22))
		revalidate(t, d)
		for step := range 300 {
			var e domain.Edit
			if r.IntN(2) == 0 {
				e = gen.RandomEdit(r, d)
			} else {
				e = spoil(r, d)
			}
			want := wholeValidation(d, e)
			if r.IntN(2) == 0 {
				d.Plan.TakeValidated() // saved: the plan stays known valid to its Doc
			}
			_, got := d.Apply(e)
			if (got == nil) != (want == nil) || (got != nil && got.Error() != want.Error()) {
				t.Fatalf("plan %d, step %d, %#v:\napplied: %v\nwhole validation: %v", n, step, e, got, want)
			}
			if got != nil {
				refused++
				revalidate(t, d) // an edit that could not be applied leaves the plan to be validated whole
			}
		}
	}
	if refused < 300 {
		t.Fatalf("only %d edits refused: the test breaks too few rules", refused)
	}
}

// wholeValidation is what applying e to d gives when the whole plan is validated after.
func wholeValidation(d *domain.Doc, e domain.Edit) error {
	c := d.Copy()
	c.Today = d.Today
	before := c.Plan.Impossible(c.Day())
	if _, err := c.ApplyUnvalidated(e); err != nil {
		return err
	}
	account, plan := domain.Touches(e)
	if account {
		if err := c.Account.Validate(); err != nil {
			return err
		}
	}
	if plan {
		if err := c.Plan.Validate(); err != nil {
			return err
		}
	}
	return domain.NewlyImpossible(before, c.Plan.Impossible(c.Day()))
}

// revalidate makes d's plan validated as it is, by an edit of the plan that changes nothing.
func revalidate(t *testing.T, d *domain.Doc) {
	t.Helper()
	if _, err := d.Apply(domain.SetField{Field: domain.FieldRisks, Value: d.Plan.Risks}); err != nil {
		t.Fatalf("the plan is not valid: %v", err)
	}
}

// spoil is an edit that breaks a rule of the plan, most of the time.
func spoil(r *rand.Rand, d *domain.Doc) domain.Edit {
	p := d.Plan
	spoilers := []func() domain.Edit{
		func() domain.Edit { return domain.SetField{Field: domain.FieldPeriod, Value: ""} },
		func() domain.Edit { return domain.SetField{Field: domain.FieldCurrency, Value: "euro"} },
		func() domain.Edit { return domain.SetField{Field: domain.FieldStageTarget, Value: domain.Stage(9)} },
		func() domain.Edit {
			return domain.SetField{Field: domain.FieldReviewCadence, Value: domain.Cadence("yearly")}
		},
		func() domain.Edit { return domain.SetField{Field: domain.FieldAccountName, Value: ""} },
		func() domain.Edit {
			return domain.SetScore{Axis: domain.AxisStrength, Factor: p.Portfolio.Strength.Factors[0].ID, Score: 11}
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollContacts, func(k *domain.Contact) { k.Influence = 9 })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollContacts, func(k *domain.Contact) { k.ReportsTo = "nobody" })
		},
		func() domain.Edit { return reportsInCircle(r, d) },
		func() domain.Edit {
			return replaced(r, d, domain.CollContacts, func(k *domain.Contact) { k.LastContact = domain.NewDate(2030, 1, 1) })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollActions, func(a *domain.Action) { a.ContactIDs = append(a.ContactIDs, "nobody") })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollActions, func(a *domain.Action) { a.ObjectiveIDs = nil })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollKPIs, func(k *domain.KPI) { k.AmberPct = k.GreenPct + 1 })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollKPIs, func(k *domain.KPI) { k.History = append(k.History, k.History...) })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollObjectives, func(o *domain.Objective) { o.KPIID = "nobody" })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollStrategies, func(s *domain.Strategy) { s.ItemIDs = s.ItemIDs[:1] })
		},
		func() domain.Edit { return itemTurned(r, d) },
		func() domain.Edit {
			return replaced(r, d, domain.CollCompetitors, func(c *domain.CompetitorShare) { c.SharePct = 95 })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollOfferings, func(o *domain.Offering) { o.Revenue = -1 })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollWhiteSpace, func(x *domain.SpaceCell) { x.Status = "maybe" })
		},
		func() domain.Edit {
			return replaced(r, d, domain.CollCentres, func(x *domain.BuyingCentre) { x.Name = p.Centres[0].Name })
		},
		func() domain.Edit {
			return added(r, d, domain.CollCoverage, func(x *domain.Coverage) { x.ID = "new-pair" })
		},
		func() domain.Edit {
			return added(r, d, domain.CollLinks, func(x *domain.Link) { x.ID, x.To = "new-link", x.From })
		},
		func() domain.Edit {
			return added(r, d, domain.CollWhiteSpace, func(x *domain.SpaceCell) { x.ID = "new-cell" })
		},
		func() domain.Edit {
			return domain.AddItem{Coll: domain.CollNotes, Value: domain.Note{ID: p.Contacts[r.IntN(len(p.Contacts))].ID, Text: "x"}}
		},
		func() domain.Edit {
			w := p.SWOTs[r.IntN(len(p.SWOTs))]
			it := domain.SWOTItem{ID: p.Actions[0].ID, Quadrant: domain.Threat, Text: "x", Impact: 3}
			if r.IntN(2) == 0 {
				it.ID, it.Impact = "new-item", 9
			}
			return domain.AddItem{Coll: domain.CollSWOTItems, Parent: w.ID, Value: it}
		},
	}
	return spoilers[r.IntN(len(spoilers))]()
}

// replaced replaces a random element of list c by itself changed by spoil.
func replaced[T any](r *rand.Rand, d *domain.Doc, c domain.Coll, spoil func(*T)) domain.Edit {
	x, ok := randomElement[T](r, d, c)
	if !ok {
		return domain.SetField{Field: domain.FieldPeriod, Value: ""}
	}
	spoil(&x)
	return domain.ReplaceItem{Coll: c, Value: x}
}

// added adds a copy of a random element of list c, changed by spoil.
func added[T any](r *rand.Rand, d *domain.Doc, c domain.Coll, spoil func(*T)) domain.Edit {
	x, ok := randomElement[T](r, d, c)
	if !ok {
		return domain.SetField{Field: domain.FieldPeriod, Value: ""}
	}
	spoil(&x)
	return domain.AddItem{Coll: c, At: -1, Value: x}
}

func randomElement[T any](r *rand.Rand, d *domain.Doc, c domain.Coll) (T, bool) {
	col, _ := domain.CollectionOf(c)
	els := col.Elements(d, "")
	var zero T
	if len(els) == 0 {
		return zero, false
	}
	v, ok := col.Find(d, "", els[r.IntN(len(els))].ID)
	if !ok {
		return zero, false
	}
	return v.(T), true
}

// itemTurned moves an item a strategy is built on to another quadrant of its SWOT.
func itemTurned(r *rand.Rand, d *domain.Doc) domain.Edit {
	s := d.Plan.Strategies[r.IntN(len(d.Plan.Strategies))]
	it, w := d.Plan.FindItem(s.ItemIDs[r.IntN(len(s.ItemIDs))])
	turned := *it
	turned.Quadrant = map[domain.Quadrant]domain.Quadrant{domain.Strength: domain.Opportunity, domain.Weakness: domain.Threat,
		domain.Opportunity: domain.Strength, domain.Threat: domain.Weakness}[it.Quadrant]
	return domain.ReplaceItem{Coll: domain.CollSWOTItems, Parent: w.ID, Value: turned}
}

// reportsInCircle makes two contacts report to each other.
func reportsInCircle(r *rand.Rand, d *domain.Doc) domain.Edit {
	ks := d.Plan.Contacts
	a, b := ks[r.IntN(len(ks))], ks[r.IntN(len(ks))]
	if a.ID == b.ID {
		return domain.SetField{Field: domain.FieldCurrency, Value: "euro"}
	}
	a.ReportsTo, b.ReportsTo = b.ID, a.ID
	return domain.Batch{domain.ReplaceItem{Coll: domain.CollContacts, Value: a}, domain.ReplaceItem{Coll: domain.CollContacts, Value: b}}
}
