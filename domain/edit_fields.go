package domain

import (
	"bytes"
	"maps"
	"reflect"
	"slices"
)

// SetField sets one field of the account or of the plan.
type SetField struct {
	Field Field
	Value any
}

// Field names a field of the account or of the plan that SetField sets: one of the Field…
// constants, so that a misspelt name does not compile. Its string is the edit's wire form
// (the journal of edits keeps it): a constant's value never changes.
type Field string

// The fields of the account.
const (
	FieldAccountName            Field = "account.name"
	FieldAccountTier            Field = "account.tier"
	FieldAccountIndustry        Field = "account.industry"
	FieldAccountCountry         Field = "account.country"
	FieldAccountSize            Field = "account.size"
	FieldAccountWebsite         Field = "account.website"
	FieldAccountOwner           Field = "account.owner"
	FieldAccountNotes           Field = "account.notes"
	FieldAccountEmployees       Field = "account.employees"
	FieldAccountAnnualRevenue   Field = "account.annual_revenue"
	FieldAccountRevenueCurrency Field = "account.revenue_currency"
	FieldAccountLogo            Field = "account.logo" // PNG or JPEG bytes, nil for none
)

// The fields of the plan.
const (
	FieldPeriod           Field = "period"
	FieldLanguage         Field = "language"
	FieldCurrency         Field = "currency"
	FieldPreparedBy       Field = "prepared_by"
	FieldPreparedFor      Field = "prepared_for"
	FieldContext          Field = "context"
	FieldValueProposition Field = "value_proposition"
	FieldRelationshipPlan Field = "relationship_plan"
	FieldResources        Field = "resources"
	FieldRisks            Field = "risks"
	FieldStageNow         Field = "stage_now"
	FieldStageTarget      Field = "stage_target"
	FieldReviewCadence    Field = "review_cadence"

	FieldWalletPotential   Field = "wallet.potential"
	FieldWalletRevenue     Field = "wallet.revenue"
	FieldWalletBasis       Field = "wallet.basis"
	FieldWalletMarginPct   Field = "wallet.margin_pct"
	FieldWalletTargetShare Field = "wallet.target_share"
	FieldWalletInternal    Field = "wallet.internal" // the wallet and the white-space map kept out of the client edition

	FieldInternalApprovalBy   Field = "commitment.internal_approval.by"
	FieldInternalApprovalDate Field = "commitment.internal_approval.date"
	FieldClientAgreementBy    Field = "commitment.client_agreement.by"
	FieldClientAgreementDate  Field = "commitment.client_agreement.date"
)

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

// FieldValue returns the current value of a field (a copy: changing it does not change the
// plan).
func (d *Doc) FieldValue(name Field) any {
	f, ok := fields[name]
	if !ok {
		return nil
	}
	return f.get(d)
}

// Fields lists the fields SetField accepts.
func Fields() []Field {
	names := slices.Collect(maps.Keys(fields))
	slices.Sort(names)
	return names
}

// OfAccount reports whether the field is the account's rather than the plan's.
func (f Field) OfAccount() bool { return fields[f].account }

type field struct {
	account bool
	get     func(d *Doc) any
	set     func(d *Doc, v any) error
}

func planField[T any](ptr func(p *Plan) *T) field {
	return field{
		get: func(d *Doc) any { return cloneValue(*ptr(d.Plan)) },
		set: func(d *Doc, v any) error { return assign(ptr(d.Plan), v) },
	}
}

func accountField[T any](ptr func(a *Account) *T) field {
	return field{
		account: true,
		get:     func(d *Doc) any { return cloneValue(*ptr(d.Account)) },
		set:     func(d *Doc, v any) error { return assign(ptr(d.Account), v) },
	}
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
	case []byte:
		return any(bytes.Clone(x)).(T)
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

var fields = map[Field]field{
	FieldAccountName:     accountField(func(a *Account) *string { return &a.Name }),
	FieldAccountTier:     accountField(func(a *Account) *Tier { return &a.Tier }),
	FieldAccountIndustry: accountField(func(a *Account) *string { return &a.Industry }),
	FieldAccountCountry:  accountField(func(a *Account) *string { return &a.Country }),
	FieldAccountSize:     accountField(func(a *Account) *string { return &a.Size }),
	FieldAccountWebsite:  accountField(func(a *Account) *string { return &a.Website }),
	FieldAccountOwner:    accountField(func(a *Account) *string { return &a.Owner }),
	FieldAccountNotes:    accountField(func(a *Account) *string { return &a.Notes }),

	FieldAccountEmployees:       accountField(func(a *Account) *int { return &a.Employees }),
	FieldAccountAnnualRevenue:   accountField(func(a *Account) *int64 { return &a.AnnualRevenue }),
	FieldAccountRevenueCurrency: accountField(func(a *Account) *string { return &a.RevenueCurrency }),
	FieldAccountLogo:            accountField(func(a *Account) *[]byte { return &a.Logo }),

	FieldPeriod:           planField(func(p *Plan) *string { return &p.Period }),
	FieldLanguage:         planField(func(p *Plan) *string { return &p.Language }),
	FieldCurrency:         planField(func(p *Plan) *string { return &p.Currency }),
	FieldPreparedBy:       planField(func(p *Plan) *string { return &p.PreparedBy }),
	FieldPreparedFor:      planField(func(p *Plan) *string { return &p.PreparedFor }),
	FieldContext:          planField(func(p *Plan) *string { return &p.Context }),
	FieldValueProposition: planField(func(p *Plan) *string { return &p.ValueProposition }),
	FieldRelationshipPlan: planField(func(p *Plan) *string { return &p.RelationshipPlan }),
	FieldResources:        planField(func(p *Plan) *string { return &p.Resources }),
	FieldRisks:            planField(func(p *Plan) *string { return &p.Risks }),
	FieldStageNow:         planField(func(p *Plan) *Stage { return &p.StageNow }),
	FieldStageTarget:      planField(func(p *Plan) *Stage { return &p.StageTarget }),
	FieldReviewCadence:    planField(func(p *Plan) *Cadence { return &p.ReviewCadence }),

	FieldWalletPotential:   planField(func(p *Plan) *int64 { return &p.Wallet.Potential }),
	FieldWalletRevenue:     planField(func(p *Plan) *int64 { return &p.Wallet.Revenue }),
	FieldWalletBasis:       planField(func(p *Plan) *string { return &p.Wallet.Basis }),
	FieldWalletMarginPct:   planField(func(p *Plan) **float64 { return &p.Wallet.MarginPct }),
	FieldWalletTargetShare: planField(func(p *Plan) **float64 { return &p.Wallet.TargetShare }),
	FieldWalletInternal:    planField(func(p *Plan) *bool { return &p.Wallet.Internal }),

	FieldInternalApprovalBy:   planField(func(p *Plan) *string { return &p.Commitment.InternalApproval.By }),
	FieldInternalApprovalDate: planField(func(p *Plan) *Date { return &p.Commitment.InternalApproval.Date }),
	FieldClientAgreementBy:    planField(func(p *Plan) *string { return &p.Commitment.ClientAgreement.By }),
	FieldClientAgreementDate:  planField(func(p *Plan) *Date { return &p.Commitment.ClientAgreement.Date }),
}
