package domain_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kamplan/domain"
)

// notLists are the lists of elements with ids that are not the plan's to edit: the
// portfolio's attractiveness factors are the settings' (a loaded plan carries a copy).
var notLists = map[string]bool{"portfolio.attractiveness.factors": true}

// listPaths adds to out the JSON path of every slice of elements with an ID that t holds.
func listPaths(t reflect.Type, prefix string, out map[string]bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		path := strings.TrimPrefix(prefix+"."+name, ".")
		switch ft := f.Type; {
		case ft.Kind() == reflect.Struct:
			listPaths(ft, path, out)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			if _, ok := ft.Elem().FieldByName("ID"); ok && !notLists[path] {
				out[path] = true
			}
			listPaths(ft.Elem(), path, out)
		}
	}
}

// tablePaths are the full JSON paths of the table's lists, the account's and the plan's.
func tablePaths() (account, plan map[string]bool) {
	account, plan = map[string]bool{}, map[string]bool{}
	for _, c := range domain.Collections() {
		path := c.Path
		if c.Parent != "" {
			parent, _ := domain.CollectionOf(c.Parent)
			path = parent.Path + "." + path
		}
		if c.Account {
			account[path] = true
		} else {
			plan[path] = true
		}
	}
	return account, plan
}

// A list added to the plan model (a slice of elements with ids in Plan or Account) fails
// here until it is described in the table of collections.
func TestEveryListOfThePlanModelIsInTheTable(t *testing.T) {
	account, plan := tablePaths()
	for _, tc := range []struct {
		root  any
		table map[string]bool
	}{{domain.Plan{}, plan}, {domain.Account{}, account}} {
		model := map[string]bool{}
		listPaths(reflect.TypeOf(tc.root), "", model)
		for path := range model {
			if !tc.table[path] {
				t.Errorf("%T holds the list %s, which the table of collections does not describe", tc.root, path)
			}
		}
		for path := range tc.table {
			if !model[path] {
				t.Errorf("the table describes %s, which %T does not hold", path, tc.root)
			}
		}
	}
	names := map[domain.Coll]bool{}
	for _, c := range domain.Collections() {
		if names[c.Name] {
			t.Errorf("%s is in the table twice", c.Name)
		}
		names[c.Name] = true
	}
}

// setID gives the element at index i of the list (counted across parents) the id id.
func setID(c domain.Collection, d *domain.Doc, i int, id string) {
	n := 0
	c.EachID(d, func(x *string) {
		if n == i {
			*x = id
		}
		n++
	})
}

// repeatedIDs are the paths of the problems with a repeated id in the list c.
func repeatedIDs(c domain.Collection, d *domain.Doc) []string {
	err := d.Plan.Validate()
	if c.Account {
		err = d.Account.Validate()
	}
	var paths []string
	for _, p := range problems(err) {
		if strings.HasSuffix(p.Path, ".id") && strings.Contains(p.Path, c.Path+"[") && strings.HasPrefix(p.Key, "err.duplicate") {
			paths = append(paths, p.Path)
		}
	}
	return paths
}

// Every list's ids are checked: an id repeated in the list is a problem at the element
// that repeats it, and so is one that repeats the plan's own id where ids are plan-wide.
func TestEveryListsIDsAreChecked(t *testing.T) {
	for _, c := range domain.Collections() {
		t.Run(string(c.Name), func(t *testing.T) {
			d := withTwo(t, c)
			ids := idsIn(c, d)
			if len(ids) < 2 {
				t.Fatalf("the generated plan has %d elements: the test proves nothing", len(ids))
			}
			setID(c, d, 1, ids[0])
			if got := repeatedIDs(c, d); len(got) != 1 {
				t.Errorf("an id repeated in the list: problems at %v, want one", got)
			}
			if !c.PlanWideIDs {
				return
			}
			d = withTwo(t, c)
			setID(c, d, 0, d.Plan.ID)
			if got := repeatedIDs(c, d); len(got) != 1 {
				t.Errorf("the plan's id repeated in the list: problems at %v, want one", got)
			}
		})
	}
}

// withTwo is the generated document with at least two elements in the list c (the plan
// has one informal link only).
func withTwo(t *testing.T, c domain.Collection) *domain.Doc {
	t.Helper()
	d := newDoc(t)
	if count(c, d) < 2 {
		parent, v := newElement[c.Name](d, 1)
		if _, err := d.Apply(domain.AddItem{Coll: c.Name, Parent: parent, Value: v}); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func problems(err error) domain.Problems {
	ps, _ := err.(domain.Problems)
	return ps
}

func count(c domain.Collection, d *domain.Doc) int {
	n := 0
	c.Each(d, func(int, string, any) { n++ })
	return n
}

func idsIn(c domain.Collection, d *domain.Doc) []string {
	var ids []string
	c.Each(d, func(_ int, id string, _ any) { ids = append(ids, id) })
	return ids
}

// newElement makes, for each list, a valid new element with the id "new", which n varies;
// parent is the element that holds it, for a nested list. A list without an entry here
// fails TestEditsOnEveryList.
var newElement = map[domain.Coll]func(d *domain.Doc, n int) (parent string, v any){
	domain.CollSWOTs: func(d *domain.Doc, n int) (string, any) {
		return "", domain.SWOT{ID: "new", Subject: domain.SubjectCompetitor, Competitor: fmt.Sprint("Rival ", n)}
	},
	domain.CollSWOTItems: func(d *domain.Doc, n int) (string, any) {
		return d.Plan.SWOTs[0].ID, domain.SWOTItem{ID: "new", Quadrant: domain.Threat, Text: fmt.Sprint("Amenaza ", n), Impact: 3}
	},
	domain.CollStrategies: func(d *domain.Doc, n int) (string, any) {
		s := d.Plan.Strategies[0]
		s.ID, s.Text = "new", fmt.Sprint("Estrategia ", n)
		return "", s
	},
	domain.CollContacts: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Contact{ID: "new", Name: fmt.Sprint("Persona ", n), Influence: 3}
	},
	domain.CollObjectives: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Objective{ID: "new", Statement: fmt.Sprint("Objetivo ", n)}
	},
	domain.CollActions: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Action{ID: "new", Title: fmt.Sprint("Acción ", n), Status: domain.StatusNotStarted, ObjectiveIDs: []string{d.Plan.Objectives[0].ID}}
	},
	domain.CollKPIs: func(d *domain.Doc, n int) (string, any) {
		k := domain.NewKPI(fmt.Sprint("Indicador ", n))
		k.ID = "new"
		return "", k
	},
	domain.CollReviews: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Review{ID: "new", Date: domain.NewDate(2026, 10, n), Decisions: []string{fmt.Sprint("Decisión ", n)},
			Objectives: []domain.ObjectiveReview{{ObjectiveID: d.Plan.Objectives[0].ID, Status: domain.AtRisk}}}
	},
	domain.CollOpportunities: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Deal{ID: "new", Name: fmt.Sprint("Oportunidad ", n), Value: int64(n) * 1000, Stage: "qualify", Probability: 10,
			ObjectiveIDs: []string{d.Plan.Objectives[0].ID}}
	},
	domain.CollNotes: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Note{ID: "new", Text: fmt.Sprint("Nota ", n)}
	},
	domain.CollOfferings: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Offering{ID: "new", Name: fmt.Sprint("Línea ", n)}
	},
	domain.CollCompetitors: func(d *domain.Doc, n int) (string, any) {
		return "", domain.CompetitorShare{ID: "new", Name: fmt.Sprint("Rival ", n)}
	},
	domain.CollLinks: func(d *domain.Doc, n int) (string, any) {
		cs := d.Plan.Contacts
		return "", domain.Link{ID: "new", From: cs[len(cs)-1].ID, To: cs[len(cs)-2].ID, Kind: domain.LinkKinds[n%2]}
	},
	domain.CollCoverage: func(d *domain.Doc, n int) (string, any) {
		for _, m := range d.Account.Team {
			for _, k := range d.Plan.Contacts {
				if _, ok := d.Plan.PairOf(m.ID, k.ID); !ok {
					return "", domain.Coverage{ID: "new", MemberID: m.ID, ContactID: k.ID, RelNow: n % 5}
				}
			}
		}
		panic("every member covers every contact")
	},
	domain.CollCentres: func(d *domain.Doc, n int) (string, any) {
		return "", domain.BuyingCentre{ID: "new", Name: fmt.Sprint("Centro ", n)}
	},
	domain.CollWhiteSpace: func(d *domain.Doc, n int) (string, any) {
		// the first centre and offering's cell, taken out of the map first (see roomFor)
		return "", domain.SpaceCell{ID: "new", CentreID: d.Plan.Centres[0].ID, OfferingID: d.Plan.Wallet.Offerings[0].ID, Status: domain.SpaceOpen, Potential: int64(n)}
	},
	domain.CollCriteria: func(d *domain.Doc, n int) (string, any) {
		return "", domain.Factor{ID: "new", Name: fmt.Sprint("Plazo ", n)}
	},
	domain.CollTeam: func(d *domain.Doc, n int) (string, any) {
		return "", domain.TeamMember{ID: "new", Name: fmt.Sprint("Persona ", n), Role: domain.RoleOther}
	},
}

// roomFor frees the place of the new element where the generated plan has none: every
// centre and offering of its white-space map has a cell.
func roomFor(t *testing.T, c domain.Collection, d *domain.Doc) {
	t.Helper()
	if c.Name != domain.CollWhiteSpace {
		return
	}
	for _, x := range d.Plan.WhiteSpace {
		if x.CentreID == d.Plan.Centres[0].ID && x.OfferingID == d.Plan.Wallet.Offerings[0].ID {
			if _, err := d.Apply(domain.RemoveItem{Coll: c.Name, ID: x.ID}); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
}

// Every list takes an added, moved, replaced and removed element, and the inverse of each
// edit brings the document back.
func TestEditsOnEveryList(t *testing.T) {
	for _, c := range domain.Collections() {
		t.Run(string(c.Name), func(t *testing.T) {
			build, ok := newElement[c.Name]
			if !ok {
				t.Fatal("no new element for this list in newElement")
			}
			d := newDoc(t)
			roomFor(t, c, d)
			parent, v := build(d, 1)
			applyAndUndo(t, d, domain.AddItem{Coll: c.Name, Parent: parent, At: 0, Value: v})
			if _, err := d.Apply(domain.AddItem{Coll: c.Name, Parent: parent, At: 0, Value: v}); err != nil {
				t.Fatal(err)
			}
			if ids := idsIn(c, d); !slices.Contains(ids, "new") {
				t.Fatalf("the added element is not in the list the table reads: %v", ids)
			}
			_, changed := build(d, 2)
			applyAndUndo(t, d, domain.ReplaceItem{Coll: c.Name, Parent: parent, Value: changed})
			applyAndUndo(t, d, domain.MoveItem{Coll: c.Name, Parent: parent, ID: "new", To: count(c, d)})
			applyAndUndo(t, d, domain.RemoveItem{Coll: c.Name, Parent: parent, ID: "new"})
		})
	}
}
