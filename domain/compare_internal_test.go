package domain

import (
	"reflect"
	"testing"
)

// Every part of the plan and of its account is compared: a field SetField names, a list, or
// one of the few parts that are not the plan's content. A new field must be placed here.
func TestComparisonCoversEveryPartOfThePlan(t *testing.T) {
	asList := map[string]Coll{"swots": CollSWOTs, "contacts": CollContacts, "links": CollLinks, "coverage": CollCoverage,
		"centres": CollCentres, "white_space": CollWhiteSpace, "strategies": CollStrategies, "objectives": CollObjectives,
		"actions": CollActions, "kpis": CollKPIs, "notes": CollNotes, "wallet.offerings": CollOfferings,
		"wallet.competitors": CollCompetitors, "portfolio.strength.factors": CollCriteria,
		"portfolio.strength.scores": CollStrengthScores, "portfolio.attractiveness.scores": CollAttractivenessScores,
		"account.team": CollTeam}
	notContent := map[string]bool{"id": true, "account_id": true, "account.id": true,
		"portfolio.attractiveness.factors": true} // the settings' factors, the same for every plan
	var paths []string
	for _, l := range leavesOf(reflect.TypeOf(Plan{})) {
		paths = append(paths, l.path)
	}
	for _, l := range leavesOf(reflect.TypeOf(Account{})) {
		paths = append(paths, "account."+l.path)
	}
	compared := map[Coll]bool{CollAttractivenessScores: true, CollStrengthScores: true}
	for _, c := range comparedLists {
		if lc, ok := c.(listCompare); ok {
			compared[lc.coll] = true
		}
	}
	for _, path := range paths {
		_, isField := fields[Field(path)]
		coll, isList := asList[path]
		switch {
		case isList && !compared[coll]:
			t.Errorf("the list %s is not compared", path)
		case !isField && !isList && !notContent[path]:
			t.Errorf("%s is neither a field SetField names nor a list: Compare and Merge do not see it", path)
		}
	}
	for name := range fields {
		if !placed(name) {
			t.Errorf("the field %s has no section", name)
		}
	}
	for _, col := range Collections() {
		c := col.Name
		if !compared[c] {
			t.Errorf("the list %s is not compared", c)
		}
		if _, ok := collSections[c]; !ok {
			t.Errorf("the list %s has no section", c)
		}
	}
}

func placed(name Field) bool {
	for _, f := range fieldSections {
		if f.field == name {
			return true
		}
	}
	return false
}
