package domain_test

import (
	"testing"

	"kamplan/domain"
)

func TestScoresAreSetByFactor(t *testing.T) {
	d := newDoc(t)
	d.Plan.Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors() // as the store loads it
	att := d.Plan.Portfolio.Attractiveness.Factors
	crit := d.Plan.Portfolio.Strength.Factors
	if len(att) == 0 || len(crit) < 2 {
		t.Fatal("the generated plan has no factors to score")
	}
	tests := map[string]domain.Edit{
		"score an attractiveness factor":  domain.SetScore{Axis: domain.AxisAttractiveness, Factor: att[0].ID, Score: 1 + d.Plan.Portfolio.Attractiveness.Scores[att[0].ID]%10},
		"score a criterion":               domain.SetScore{Axis: domain.AxisStrength, Factor: crit[1].ID, Score: 1 + d.Plan.Portfolio.Strength.Scores[crit[1].ID]%10},
		"clear a criterion's score":       domain.SetScore{Axis: domain.AxisStrength, Factor: crit[0].ID},
		"rename a criterion":              domain.ReplaceItem{Coll: domain.CollCriteria, Value: domain.Factor{ID: crit[0].ID, Name: "Precio", Weight: crit[0].Weight}},
		"weigh a criterion off a hundred": domain.ReplaceItem{Coll: domain.CollCriteria, Value: domain.Factor{ID: crit[0].ID, Name: crit[0].Name, Weight: crit[0].Weight + 5}},
		"add a criterion":                 domain.AddItem{Coll: domain.CollCriteria, At: -1, Value: domain.Factor{ID: "new", Name: "Sostenibilidad"}},
		"remove a scored criterion":       domain.RemoveItem{Coll: domain.CollCriteria, ID: crit[1].ID},
	}
	for name, e := range tests {
		t.Run(name, func(t *testing.T) { applyAndUndo(t, d, e) })
	}
}

func TestRemovingACriterionTakesItsScore(t *testing.T) {
	d := newDoc(t)
	id := d.Plan.Portfolio.Strength.Factors[0].ID
	if _, err := d.Apply(domain.SetScore{Axis: domain.AxisStrength, Factor: id, Score: 7}); err != nil {
		t.Fatal(err)
	}
	inv, err := d.Apply(domain.RemoveItem{Coll: domain.CollCriteria, ID: id})
	if err != nil {
		t.Fatal(err)
	}
	if _, scored := d.Plan.Portfolio.Strength.Scores[id]; scored {
		t.Fatal("the removed criterion's score stayed")
	}
	if _, err := d.Apply(inv); err != nil {
		t.Fatal(err)
	}
	if d.Plan.Portfolio.Strength.Factors[0].ID != id || d.Plan.Portfolio.Strength.Scores[id] != 7 {
		t.Fatal("undo did not bring back the criterion in its place with its score")
	}
}

func TestScoresRefused(t *testing.T) {
	d := newDoc(t)
	id := d.Plan.Portfolio.Strength.Factors[0].ID
	for name, e := range map[string]domain.Edit{
		"out of range":   domain.SetScore{Axis: domain.AxisStrength, Factor: id, Score: 11},
		"unknown factor": domain.SetScore{Axis: domain.AxisStrength, Factor: "nope", Score: 5},
		"unknown axis":   domain.SetScore{Axis: "width", Factor: id, Score: 5},
	} {
		t.Run(name, func(t *testing.T) {
			before := snapshot(t, d)
			if _, err := d.Apply(e); err == nil {
				t.Fatal("accepted")
			}
			if snapshot(t, d) != before {
				t.Fatal("a refused score changed the plan")
			}
		})
	}
}
