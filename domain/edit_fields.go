package domain

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
)

// SetField sets one field of the account or of the plan, named as in Fields.
type SetField struct {
	Field string
	Value any
}

func (s SetField) apply(d *Doc) (Edit, error) {
	f, ok := fields[s.Field]
	if !ok {
		return nil, internalError("no field %q", s.Field)
	}
	old := f.get(d)
	if err := f.set(d, s.Value); err != nil {
		return nil, err
	}
	return SetField{Field: s.Field, Value: old}, nil
}

func (s SetField) touches() (account, plan bool) {
	f := fields[s.Field]
	return f.account, !f.account
}

// FieldValue returns the current value of a field named as in Fields (a copy: changing it
// does not change the plan).
func (d *Doc) FieldValue(name string) any {
	f, ok := fields[name]
	if !ok {
		return nil
	}
	return f.get(d)
}

// Fields lists the names SetField accepts.
func Fields() []string {
	names := slices.Collect(maps.Keys(fields))
	slices.Sort(names)
	return names
}

type field struct {
	account bool
	get     func(d *Doc) any
	set     func(d *Doc, v any) error
	decode  func(dec *json.Decoder) (any, error) // the next JSON value as the field's own type
}

func planField[T any](ptr func(p *Plan) *T) field {
	return field{
		get:    func(d *Doc) any { return cloneValue(*ptr(d.Plan)) },
		set:    func(d *Doc, v any) error { return assign(ptr(d.Plan), v) },
		decode: decodeAs[T],
	}
}

func accountField[T any](ptr func(a *Account) *T) field {
	return field{
		account: true,
		get:     func(d *Doc) any { return cloneValue(*ptr(d.Account)) },
		set:     func(d *Doc, v any) error { return assign(ptr(d.Account), v) },
		decode:  decodeAs[T],
	}
}

// decodeAs reads the next JSON value as a T; no decoder (no value at all) gives T's zero value.
func decodeAs[T any](dec *json.Decoder) (any, error) {
	var v T
	if dec == nil {
		return v, nil
	}
	err := dec.Decode(&v)
	return v, err
}

func assign[T any](dst *T, v any) error {
	x, ok := v.(T)
	if !ok {
		return internalError("a %T cannot be set to %T", *dst, v)
	}
	*dst = cloneValue(x)
	return nil
}

// cloneValue copies the values that share memory (slices, maps, pointers) so that an edit and
// its inverse never alias the plan.
func cloneValue[T any](v T) T {
	switch x := any(v).(type) {
	case *float64:
		if x == nil {
			return v
		}
		c := *x
		return any(&c).(T)
	}
	if k := reflect.TypeOf(v); k != nil && (k.Kind() == reflect.Slice || k.Kind() == reflect.Map || k.Kind() == reflect.Pointer) {
		panic("domain: field of type " + k.String() + " needs a clone rule")
	}
	return v
}

var fields = map[string]field{
	"account.name":     accountField(func(a *Account) *string { return &a.Name }),
	"account.tier":     accountField(func(a *Account) *Tier { return &a.Tier }),
	"account.industry": accountField(func(a *Account) *string { return &a.Industry }),
	"account.country":  accountField(func(a *Account) *string { return &a.Country }),
	"account.size":     accountField(func(a *Account) *string { return &a.Size }),
	"account.website":  accountField(func(a *Account) *string { return &a.Website }),
	"account.owner":    accountField(func(a *Account) *string { return &a.Owner }),
	"account.notes":    accountField(func(a *Account) *string { return &a.Notes }),

	"account.employees":        accountField(func(a *Account) *int { return &a.Employees }),
	"account.annual_revenue":   accountField(func(a *Account) *int64 { return &a.AnnualRevenue }),
	"account.revenue_currency": accountField(func(a *Account) *string { return &a.RevenueCurrency }),

	"period":            planField(func(p *Plan) *string { return &p.Period }),
	"language":          planField(func(p *Plan) *string { return &p.Language }),
	"currency":          planField(func(p *Plan) *string { return &p.Currency }),
	"prepared_by":       planField(func(p *Plan) *string { return &p.PreparedBy }),
	"prepared_for":      planField(func(p *Plan) *string { return &p.PreparedFor }),
	"context":           planField(func(p *Plan) *string { return &p.Context }),
	"value_proposition": planField(func(p *Plan) *string { return &p.ValueProposition }),
	"relationship_plan": planField(func(p *Plan) *string { return &p.RelationshipPlan }),
	"resources":         planField(func(p *Plan) *string { return &p.Resources }),
	"risks":             planField(func(p *Plan) *string { return &p.Risks }),
	"stage_now":         planField(func(p *Plan) *Stage { return &p.StageNow }),
	"stage_target":      planField(func(p *Plan) *Stage { return &p.StageTarget }),
	"review_cadence":    planField(func(p *Plan) *Cadence { return &p.ReviewCadence }),

	"wallet.potential":    planField(func(p *Plan) *int64 { return &p.Wallet.Potential }),
	"wallet.revenue":      planField(func(p *Plan) *int64 { return &p.Wallet.Revenue }),
	"wallet.basis":        planField(func(p *Plan) *string { return &p.Wallet.Basis }),
	"wallet.margin_pct":   planField(func(p *Plan) **float64 { return &p.Wallet.MarginPct }),
	"wallet.target_share": planField(func(p *Plan) **float64 { return &p.Wallet.TargetShare }),

	"commitment.internal_approval.by":   planField(func(p *Plan) *string { return &p.Commitment.InternalApproval.By }),
	"commitment.internal_approval.date": planField(func(p *Plan) *Date { return &p.Commitment.InternalApproval.Date }),
	"commitment.client_agreement.by":    planField(func(p *Plan) *string { return &p.Commitment.ClientAgreement.By }),
	"commitment.client_agreement.date":  planField(func(p *Plan) *Date { return &p.Commitment.ClientAgreement.Date }),
}
