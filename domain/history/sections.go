package history

import "kamplan/domain"

// Section is a part of the plan as a person looks for it in the history and in a comparison:
// the wallet, the SWOT, the stakeholders… Every field and every list of the plan and its
// account belongs to exactly one.
type Section string

const (
	SectionProfile    Section = "profile"     // the account and the plan's own details
	SectionTeam       Section = "team"        // our account team
	SectionWallet     Section = "wallet"      // figures, offerings, competitors' shares
	SectionWhiteSpace Section = "white_space" // buying centres and the white-space map
	SectionSWOT       Section = "swot"
	SectionContacts   Section = "contacts" // the client's people and the links between them
	SectionCoverage   Section = "coverage" // who on our team covers whom
	SectionStage      Section = "stage"    // the relationship stage now and the target
	SectionStrategies Section = "strategies"
	SectionPortfolio  Section = "portfolio" // the scores and the strength criteria
	SectionValue      Section = "value"     // value proposition and relationship plan
	SectionObjectives Section = "objectives"
	SectionActions    Section = "actions"
	SectionKPIs       Section = "kpis"
	SectionPipeline   Section = "pipeline"   // the opportunities
	SectionCommitment Section = "commitment" // reviews, resources, risks, sign-off, notes
)

// Sections lists the sections in the order of the plan.
var Sections = []Section{SectionProfile, SectionTeam, SectionWallet, SectionWhiteSpace, SectionSWOT,
	SectionContacts, SectionCoverage, SectionStage, SectionStrategies, SectionPortfolio, SectionValue,
	SectionObjectives, SectionActions, SectionKPIs, SectionPipeline, SectionCommitment}

// fieldSections places the fields domain.SetField names; fields are compared in this order.
var fieldSections = []struct {
	field   domain.Field
	section Section
}{
	{"account.name", SectionProfile}, {"account.tier", SectionProfile}, {"account.industry", SectionProfile},
	{"account.country", SectionProfile}, {"account.size", SectionProfile}, {"account.website", SectionProfile},
	{"account.owner", SectionProfile}, {"account.employees", SectionProfile}, {"account.annual_revenue", SectionProfile},
	{"account.revenue_currency", SectionProfile}, {"account.notes", SectionProfile},
	{"account.logo", SectionProfile},
	{"period", SectionProfile}, {"language", SectionProfile}, {"currency", SectionProfile},
	{"prepared_by", SectionProfile}, {"prepared_for", SectionProfile}, {"context", SectionProfile},
	{"wallet.potential", SectionWallet}, {"wallet.revenue", SectionWallet}, {"wallet.basis", SectionWallet},
	{"wallet.margin_pct", SectionWallet}, {"wallet.target_share", SectionWallet}, {"wallet.internal", SectionWallet},
	{"stage_now", SectionStage}, {"stage_target", SectionStage},
	{"value_proposition", SectionValue}, {"relationship_plan", SectionValue},
	{"review_cadence", SectionCommitment}, {"resources", SectionCommitment}, {"risks", SectionCommitment},
	{"commitment.internal_approval.by", SectionCommitment}, {"commitment.internal_approval.date", SectionCommitment},
	{"commitment.client_agreement.by", SectionCommitment}, {"commitment.client_agreement.date", SectionCommitment},
}

// collSections places the lists.
var collSections = map[domain.Coll]Section{
	domain.CollTeam: SectionTeam, domain.CollOfferings: SectionWallet, domain.CollCompetitors: SectionWallet,
	domain.CollCentres: SectionWhiteSpace, domain.CollWhiteSpace: SectionWhiteSpace,
	domain.CollSWOTs: SectionSWOT, domain.CollSWOTItems: SectionSWOT, domain.CollContacts: SectionContacts, domain.CollLinks: SectionContacts,
	domain.CollCoverage: SectionCoverage, domain.CollStrategies: SectionStrategies,
	domain.CollCriteria: SectionPortfolio, CollAttractivenessScores: SectionPortfolio, CollStrengthScores: SectionPortfolio,
	domain.CollObjectives: SectionObjectives, domain.CollActions: SectionActions, domain.CollKPIs: SectionKPIs, CollKPIHistory: SectionKPIs,
	domain.CollOpportunities: SectionPipeline, domain.CollReviews: SectionCommitment,
	domain.CollNotes: SectionCommitment,
}

// SectionOfField is the section of a field named as in Fields.
func SectionOfField(name domain.Field) Section {
	for _, f := range fieldSections {
		if f.field == name {
			return f.section
		}
	}
	return SectionProfile
}

// SectionOfColl is the section of a list.
func SectionOfColl(c domain.Coll) Section {
	if s, ok := collSections[c]; ok {
		return s
	}
	return SectionProfile
}

// SectionsOf lists, in the order of Sections, the sections an edit changes. A whole
// replacement of the content (a restore, a merge) is in the sections where it differs from
// the content its inverse puts back; without the inverse, in every section.
func SectionsOf(e, inverse domain.Edit) []Section {
	in := map[Section]bool{}
	if r, ok := e.(domain.ReplaceContent); ok {
		sectionsReplaced(r, inverse, in)
	} else {
		sectionsOf(e, in)
	}
	var out []Section
	for _, s := range Sections {
		if in[s] {
			out = append(out, s)
		}
	}
	return out
}

func sectionsOf(e domain.Edit, in map[Section]bool) {
	switch x := e.(type) {
	case domain.Batch:
		for _, y := range x {
			sectionsOf(y, in)
		}
	case domain.SetField:
		in[SectionOfField(x.Field)] = true
	case domain.SetScore:
		in[SectionPortfolio] = true
	case domain.AddItem:
		in[SectionOfColl(x.Coll)] = true
	case domain.RemoveItem:
		in[SectionOfColl(x.Coll)] = true
	case domain.ReplaceItem:
		in[SectionOfColl(x.Coll)] = true
	case domain.MoveItem:
		in[SectionOfColl(x.Coll)] = true
	case domain.ReplaceContent:
		sectionsReplaced(x, nil, in)
	}
}

func sectionsReplaced(r domain.ReplaceContent, inverse domain.Edit, in map[Section]bool) {
	old, ok := inverse.(domain.ReplaceContent)
	if !ok {
		for _, s := range Sections {
			in[s] = true
		}
		return
	}
	for _, c := range Compare(contentOf(old), contentOf(r)) {
		in[c.Section] = true
	}
}

// contentOf is the content a replacement puts in place, as a Doc (its parts nil where it
// leaves them unchanged).
func contentOf(r domain.ReplaceContent) domain.Doc {
	return domain.Doc{Account: r.Account, Plan: r.Plan}
}
