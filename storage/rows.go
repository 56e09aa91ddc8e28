package storage

import (
	"encoding/json"
	"fmt"

	"kamplan/domain"
)

// A plan is stored as its scalar parts (the plans row) and one row per element of each
// collection, so that an edit rewrites only the rows it touched.
const (
	kindSWOT       = "swot"
	kindStrategy   = "strategy"
	kindContact    = "contact"
	kindObjective  = "objective"
	kindAction     = "action"
	kindKPI        = "kpi"
	kindOffering   = "offering"
	kindCompetitor = "competitor"
	kindNote       = "note"
	kindLink       = "link"
	kindCoverage   = "coverage"
	kindCentre     = "centre"
	kindSpaceCell  = "space_cell"
)

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
	add := func(kind, id string, pos int, v any) {
		if err != nil {
			return
		}
		var b []byte
		if b, err = json.Marshal(v); err == nil {
			r.items[itemKey{kind, id}] = itemRow{pos, string(b)}
		}
	}
	for i, x := range p.SWOTs {
		add(kindSWOT, x.ID, i, x)
	}
	for i, x := range p.Strategies {
		add(kindStrategy, x.ID, i, x)
	}
	for i, x := range p.Contacts {
		add(kindContact, x.ID, i, x)
	}
	for i, x := range p.Objectives {
		add(kindObjective, x.ID, i, x)
	}
	for i, x := range p.Actions {
		add(kindAction, x.ID, i, x)
	}
	for i, x := range p.KPIs {
		add(kindKPI, x.ID, i, x)
	}
	for i, x := range p.Wallet.Offerings {
		add(kindOffering, x.ID, i, x)
	}
	for i, x := range p.Wallet.Competitors {
		add(kindCompetitor, x.ID, i, x)
	}
	for i, x := range p.Notes {
		add(kindNote, x.ID, i, x)
	}
	for i, x := range p.Links {
		add(kindLink, x.ID, i, x)
	}
	for i, x := range p.Coverage {
		add(kindCoverage, x.ID, i, x)
	}
	for i, x := range p.Centres {
		add(kindCentre, x.ID, i, x)
	}
	for i, x := range p.WhiteSpace {
		add(kindSpaceCell, x.ID, i, x)
	}
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(scalars(p))
	r.body = string(b)
	return r, err
}

// scalars is the plan without its collections and without the portfolio's own
// attractiveness factors (the settings hold those).
func scalars(p *domain.Plan) domain.Plan {
	s := *p
	s.SWOTs, s.Strategies, s.Contacts, s.Objectives, s.Actions, s.KPIs, s.Notes = nil, nil, nil, nil, nil, nil, nil
	s.Wallet.Offerings, s.Wallet.Competitors = nil, nil
	s.Links, s.Coverage, s.Centres, s.WhiteSpace = nil, nil, nil, nil
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
	b := []byte(it.body)
	switch it.kind {
	case kindSWOT:
		if err := appendJSON(b, &p.SWOTs); err != nil {
			return err
		}
		p.SWOTs[len(p.SWOTs)-1].TakeDefaultSharing(b)
		return nil
	case kindStrategy:
		return appendJSON(b, &p.Strategies)
	case kindContact:
		return appendJSON(b, &p.Contacts)
	case kindObjective:
		return appendJSON(b, &p.Objectives)
	case kindAction:
		return appendJSON(b, &p.Actions)
	case kindKPI:
		return appendJSON(b, &p.KPIs)
	case kindOffering:
		return appendJSON(b, &p.Wallet.Offerings)
	case kindCompetitor:
		return appendJSON(b, &p.Wallet.Competitors)
	case kindNote:
		return appendJSON(b, &p.Notes)
	case kindLink:
		return appendJSON(b, &p.Links)
	case kindCoverage:
		return appendJSON(b, &p.Coverage)
	case kindCentre:
		return appendJSON(b, &p.Centres)
	case kindSpaceCell:
		return appendJSON(b, &p.WhiteSpace)
	}
	return fmt.Errorf("unknown kind of row %q", it.kind)
}

func appendJSON[T any](b []byte, dst *[]T) error {
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*dst = append(*dst, v)
	return nil
}
