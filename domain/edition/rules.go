package edition

import (
	"reflect"
	"sort"

	"kamplan/domain"
)

// Visibility says which editions of the plan document print a field (METHOD.md §9).
type Visibility int

const (
	// Shared fields are printed in both editions.
	Shared Visibility = iota + 1
	// Internal fields are printed in the internal edition only; the client edition's copy
	// of the plan holds their zero value.
	Internal
	// AppOnly fields are printed in neither edition; the rule says why.
	AppOnly
)

// FieldRule is the edition rule of one field of the plan model.
type FieldRule struct {
	Show Visibility
	Why  string // for AppOnly: why the document does not print it
	// Wallet marks the wallet's figures and offerings, the white-space map and the links to
	// them: the client edition leaves them out too when the plan keeps its wallet internal
	// (Wallet.Internal).
	Wallet bool
}

var (
	shared   = FieldRule{Show: Shared}
	internal = FieldRule{Show: Internal}
	// ofWallet is shared unless the plan keeps its wallet internal
	ofWallet = FieldRule{Show: Shared, Wallet: true}
	// walletRef is a link to an offering or a buying centre
	walletRef = FieldRule{Show: AppOnly, Why: WhyRef, Wallet: true}
)

func appOnly(why string) FieldRule { return FieldRule{Show: AppOnly, Why: why} }

// The reasons of the fields that are not text at all but identifiers and links.
const (
	WhyID  = "an identifier: the document shows what it names, never the identifier"
	WhyRef = "a reference to another item: the document prints that item's text where it is linked"
	// WhyShare is the reason of the "share with the client" switches.
	WhyShare = "decides whether the item is in the client edition at all (domain.RowRules); the switch itself is not printed"
	// WhyWallet is the reason of the plan's switch that keeps its wallet internal.
	WhyWallet = "decides whether the client edition holds the fields whose rule is marked Wallet; the switch itself is not printed"
)

// Rules holds, for every field of the plan model (Plan, Account and every type they
// hold), whether the client edition shows it. Keys are "Type.Field". A test walks the types
// and fails on a field without a rule, so a new field must be decided here. Whole items
// left out of the client edition (competitor SWOTs, internal objectives…) are in domain.RowRules.
var Rules = map[string]FieldRule{
	"Plan.ID": appOnly(WhyID), "Plan.AccountID": appOnly(WhyID),
	"Plan.Period": shared, "Plan.Language": appOnly("chooses the document's language"),
	"Plan.Currency": shared, "Plan.PreparedBy": shared, "Plan.PreparedFor": shared,
	"Plan.Context": shared, "Plan.Wallet": shared, "Plan.SWOTs": shared, "Plan.Contacts": shared,
	"Plan.StageNow": shared, "Plan.Portfolio": internal, "Plan.Strategies": shared,
	"Plan.ValueProposition": shared, "Plan.StageTarget": shared, "Plan.RelationshipPlan": internal,
	"Plan.Objectives": shared, "Plan.Actions": shared, "Plan.Resources": shared, "Plan.KPIs": shared,
	"Plan.ReviewCadence": shared, "Plan.Risks": internal, "Plan.Commitment": shared, "Plan.Notes": shared,
	"Plan.Edition":     appOnly("says which edition a copy of the plan is; the cover prints the edition"),
	"Plan.Version":     appOnly("the store's revision, for conflict detection"),
	"Wallet.Potential": ofWallet, "Wallet.Revenue": ofWallet, "Wallet.Basis": ofWallet,
	"Wallet.MarginPct": internal, "Wallet.TargetShare": internal, "Wallet.Offerings": ofWallet,
	"Wallet.Competitors": internal, "Wallet.Internal": appOnly(WhyWallet),
	"Offering.ID": appOnly(WhyID), "Offering.Name": shared, "Offering.Potential": shared, "Offering.Revenue": shared,
	"CompetitorShare.ID": appOnly(WhyID), "CompetitorShare.Name": internal, "CompetitorShare.SharePct": internal,
	"SWOT.ID": appOnly(WhyID), "SWOT.Subject": shared, "SWOT.Competitor": internal, "SWOT.Items": shared,
	"SWOTItem.ID": appOnly(WhyID), "SWOTItem.Quadrant": shared, "SWOTItem.Text": shared,
	"SWOTItem.Evidence": shared, "SWOTItem.Impact": shared, "SWOTItem.ShareWithClient": appOnly(WhyShare),
	"Contact.ID": appOnly(WhyID), "Contact.Name": shared, "Contact.Title": shared, "Contact.Department": shared,
	"Contact.Email": internal, "Contact.Phone": internal, "Contact.ReportsTo": {Show: Internal, Why: WhyRef}, // drawn as the org chart
	"Contact.BuyingRoles": internal, "Contact.SellingRole": internal, "Contact.Influence": internal,
	"Contact.Attitude": internal, "Contact.RelNow": internal, "Contact.RelTarget": internal,
	"Contact.Frequency": shared, "Contact.LastContact": internal, "Contact.Notes": internal,
	"Contact.CRMID":            appOnly(WhyID),
	"Portfolio.Attractiveness": internal, "Portfolio.Strength": internal,
	"Axis.Factors": internal, "Axis.Scores": internal,
	"Factor.ID": appOnly(WhyID), "Factor.Name": internal, "Factor.Weight": internal,
	"Factor.Anchors": appOnly("guides the scoring on screen; the document prints the scores"),
	"Strategy.ID":    appOnly(WhyID), "Strategy.Kind": shared, "Strategy.Text": shared, "Strategy.ItemIDs": appOnly(WhyRef),
	"Strategy.ShareWithClient": appOnly(WhyShare), "Objective.ID": appOnly(WhyID), "Objective.Statement": shared, "Objective.Category": shared,
	"Objective.Unit": shared, "Objective.KPIID": appOnly(WhyRef), "Objective.Baseline": shared,
	"Objective.Target": shared, "Objective.Deadline": shared, "Objective.Owner": shared,
	"Objective.StrategyID": appOnly(WhyRef), "Objective.ItemID": appOnly(WhyRef),
	"Objective.Rationale": shared, "Objective.Internal": internal,
	"Action.ID": appOnly(WhyID), "Action.Title": shared, "Action.Owner": shared, "Action.ClientOwner": shared,
	"Action.ObjectiveIDs": appOnly(WhyRef), "Action.ContactIDs": appOnly(WhyRef),
	"Action.Start": shared, "Action.Due": shared, "Action.Status": shared, "Action.Contingency": internal, "Action.Internal": internal,
	// the pipeline: what is pursued is shared; its money, odds, rivals, our next moves and post-mortems are internal
	"Plan.Opportunities": shared, "Deal.ID": appOnly(WhyID), "Deal.Name": shared,
	"Deal.OfferingID": walletRef, "Deal.CentreID": walletRef, "Deal.Value": internal,
	"Deal.Stage": shared, "Deal.Probability": internal, "Deal.Close": shared, "Deal.OwnerID": appOnly(WhyRef),
	"Deal.CompetitorID": {Show: Internal, Why: WhyRef}, // names a competitor
	"Deal.NextStep":     internal, "Deal.ObjectiveIDs": appOnly(WhyRef), "Deal.ClosedOn": shared,
	"Deal.Reason": internal, "Deal.CRMID": appOnly(WhyID), "Deal.Internal": internal,
	// the reviews: how the objectives stand and what was agreed is shared with the client who
	// took part; the comment on a status is our candid reading of why, so internal
	"Plan.Reviews": shared, "Review.ID": appOnly(WhyID), "Review.Date": shared,
	"Review.MemberIDs": appOnly(WhyRef), "Review.ContactIDs": appOnly(WhyRef), // printed as the people's names
	"Review.Objectives": shared, "Review.KPIValues": shared, "Review.Decisions": shared,
	"Review.ActionIDs":            appOnly(WhyRef), // printed as the actions themselves
	"ObjectiveReview.ObjectiveID": appOnly(WhyRef), "ObjectiveReview.Status": shared, "ObjectiveReview.Comment": internal,
	"KPIValue.KPIID": appOnly(WhyRef), "KPIValue.Value": shared,
	"KPI.ID": appOnly(WhyID), "KPI.Name": shared, "KPI.Unit": shared, "KPI.Direction": shared,
	"KPI.Baseline": shared, "KPI.Target": shared, "KPI.GreenPct": shared, "KPI.AmberPct": shared,
	"KPI.History": shared, "KPI.Milestones": shared, "KPI.PlanB": internal, "KPI.Internal": internal,
	"Measurement.Period": shared, "Measurement.Value": shared,
	"PlanB.RedPeriods": internal, "PlanB.ActionIDs": internal,
	"Commitment.InternalApproval": shared, "Commitment.ClientAgreement": shared,
	"Approval.By": shared, "Approval.Date": shared,
	"Note.ID": appOnly(WhyID), "Note.Text": shared, "Note.Internal": internal,
	"Account.ID": appOnly(WhyID), "Account.Name": shared, "Account.Tier": internal,
	"Account.Industry": shared, "Account.Country": shared, "Account.Size": shared, "Account.Website": shared,
	"Account.Employees": shared, "Account.AnnualRevenue": shared, "Account.RevenueCurrency": shared,
	"Account.Owner": shared, "Account.Team": shared, "Account.Notes": internal,
	"Account.CRMID": appOnly(WhyID), "Account.Logo": shared,
	"Account.Version": appOnly("the store's revision, for conflict detection"),
	"TeamMember.ID":   appOnly(WhyID), "TeamMember.Name": shared, "TeamMember.Role": shared,
	"TeamMember.Title": shared, // what the role's label is, in the member's own words
	"Plan.Links":       internal, "Plan.Coverage": shared, "Plan.Centres": ofWallet, "Plan.WhiteSpace": ofWallet,
	"Link.ID": appOnly(WhyID), "Link.From": {Show: Internal, Why: WhyRef}, "Link.To": {Show: Internal, Why: WhyRef}, "Link.Kind": internal,
	// coverage is governance in the client edition: who meets whom and how often, never the levels
	"Coverage.ID": appOnly(WhyID), "Coverage.MemberID": appOnly(WhyRef), "Coverage.ContactID": appOnly(WhyRef),
	"Coverage.RelNow": internal, "Coverage.RelTarget": internal, "Coverage.Frequency": shared,
	"BuyingCentre.ID": appOnly(WhyID), "BuyingCentre.Name": shared,
	"SpaceCell.ID": appOnly(WhyID), "SpaceCell.CentreID": appOnly(WhyRef), "SpaceCell.OfferingID": appOnly(WhyRef),
	"SpaceCell.Status": shared, "SpaceCell.Competitor": {Show: Internal, Why: WhyRef}, // names a competitor
	"SpaceCell.Potential": shared, "SpaceCell.Revenue": shared,
}

// RuleOf returns the rule of a field of a plan-model type, ok false when there is none.
func RuleOf(typeName, field string) (FieldRule, bool) {
	r, ok := Rules[typeName+"."+field]
	return r, ok
}

// ModelFields lists "Type.Field" for every exported field of the plan model, walking
// Plan and Account and the struct types they hold (Date is a value, not walked).
func ModelFields() []string {
	seen := map[reflect.Type]bool{}
	var out []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t == reflect.TypeOf(domain.Date{}) || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.IsExported() {
				out = append(out, t.Name()+"."+f.Name)
				walk(f.Type)
			}
		}
	}
	walk(reflect.TypeOf(domain.Plan{}))
	walk(reflect.TypeOf(domain.Account{}))
	sort.Strings(out)
	return out
}

// clearInternal sets every field whose rule is Internal — and, when wallet is set, every
// field whose rule is marked Wallet — to its zero value, in v and in everything v holds (v
// is a pointer to a plan-model value).
func clearInternal(v reflect.Value, wallet bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			clearInternal(v.Elem(), wallet)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			clearInternal(v.Index(i), wallet)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if r, ok := RuleOf(t.Name(), f.Name); ok && (r.Show == Internal || wallet && r.Wallet) {
				v.Field(i).SetZero()
				continue
			}
			clearInternal(v.Field(i), wallet)
		}
	}
}
