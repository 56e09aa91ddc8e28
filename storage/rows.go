package storage

import (
	"encoding/json"
	"fmt"

	"kamplan/domain"
)

// A plan is stored as its scalar parts (the plans row) and one row per element of each of
// its lists that domain.Collections marks Rows, so that an edit rewrites only the rows it
// touched. A row's kind is the list's name (domain.Coll).

type itemKey struct{ kind, id string }

type itemRow struct {
	pos  int
	body string
}

// planRows is a plan as the database holds it.
type planRows struct {
	version int64
	body    string
	items   map[itemKey]itemRow
}

// toRows splits a plan into its rows.
func toRows(p *domain.Plan) (*planRows, error) {
	r := &planRows{items: map[itemKey]itemRow{}}
	var err error
	d := &domain.Doc{Plan: p}
	for _, c := range rowLists() {
		c.Each(d, func(pos int, id string, v any) {
			if err != nil {
				return
			}
			var b []byte
			if b, err = json.Marshal(v); err == nil {
				r.items[itemKey{string(c.Name), id}] = itemRow{pos, string(b)}
			}
		})
	}
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(scalars(p))
	r.body = string(b)
	return r, err
}

// rowLists are the lists of a plan stored one row per element.
func rowLists() []domain.Collection {
	var out []domain.Collection
	for _, c := range domain.Collections() {
		if c.Rows {
			out = append(out, c)
		}
	}
	return out
}

// scalars is the plan without the lists stored in rows and without the portfolio's own
// attractiveness factors (the settings hold those).
func scalars(p *domain.Plan) domain.Plan {
	s := *p
	for _, c := range rowLists() {
		c.Clear(&domain.Doc{Plan: &s})
	}
	s.Portfolio.Attractiveness.Factors = nil
	return s
}

// item is a stored row, read back in order.
type item struct {
	kind, body string
}

// assemble rebuilds a plan from its scalar body and its rows in (kind, pos) order.
func assemble(body string, items []item) (*domain.Plan, error) {
	var p domain.Plan
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	for _, it := range items {
		if err := addItem(&p, it); err != nil {
			return nil, fmt.Errorf("%s: %w", it.kind, err)
		}
	}
	return &p, nil
}

func addItem(p *domain.Plan, it item) error {
	c, ok := domain.CollectionOf(domain.Coll(it.kind))
	if !ok || !c.Rows {
		return fmt.Errorf("unknown kind of row %q", it.kind)
	}
	return c.AppendJSON(&domain.Doc{Plan: p}, []byte(it.body))
}
