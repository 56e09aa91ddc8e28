package domain

import "strings"

// Edition says for whom a plan document is made.
type Edition string

const (
	EditionInternal Edition = "internal"
	EditionClient   Edition = "client"
)

// Plan is the account plan of one account for one period.
type Plan struct {
	ID          string `json:"id"`
	AccountID   string `json:"account_id"`
	Period      string `json:"period"`   // e.g. FY2027, 2027-H1
	Language    string `json:"language"` // document language: en or es
	Currency    string `json:"currency"` // ISO 4217, e.g. EUR
	PreparedBy  string `json:"prepared_by,omitempty"`
	PreparedFor string `json:"prepared_for,omitempty"`

	// Knowledge
	Context  string     `json:"context,omitempty"` // client industry and operations
	Wallet   Wallet     `json:"wallet"`
	SWOTs    []SWOT     `json:"swots,omitempty"`
	Contacts []Contact  `json:"contacts,omitempty"`
	Links    []Link     `json:"links,omitempty"`    // informal links between contacts
	Coverage []Coverage `json:"coverage,omitempty"` // our team × their people
	// White-space map: the client's buying centres × our offerings (Wallet.Offerings)
	Centres    []BuyingCentre `json:"centres,omitempty"`
	WhiteSpace []SpaceCell    `json:"white_space,omitempty"`
	StageNow   Stage          `json:"stage_now,omitempty"`
	Portfolio  Portfolio      `json:"portfolio"`
	Strategies []Strategy     `json:"strategies,omitempty"`

	// Vision
	ValueProposition string      `json:"value_proposition,omitempty"`
	StageTarget      Stage       `json:"stage_target,omitempty"`
	RelationshipPlan string      `json:"relationship_plan,omitempty"`
	Objectives       []Objective `json:"objectives,omitempty"`

	// Commitment
	Actions       []Action   `json:"actions,omitempty"`
	Opportunities []Deal     `json:"opportunities,omitempty"` // the pipeline
	Resources     string     `json:"resources,omitempty"`     // team and resources
	KPIs          []KPI      `json:"kpis,omitempty"`
	ReviewCadence Cadence    `json:"review_cadence,omitempty"`
	Reviews       []Review   `json:"reviews,omitempty"` // the account reviews held, in the order recorded
	Risks         string     `json:"risks,omitempty"`   // internal: risks and plan B
	Commitment    Commitment `json:"commitment"`
	Notes         []Note     `json:"notes,omitempty"`

	// Edition is not stored: edition.Plan sets it on its copy.
	Edition Edition `json:"-"`
	// Version is the store's revision this plan was loaded or last saved at; a save
	// that does not start from the stored version is a conflict. Never in a plan file.
	Version int64 `json:"-"`

	// validated is the plan itself while the last change made to it was an edit Doc.Apply
	// validated and accepted, until TakeValidated is asked; a copy of the plan is not it.
	validated *Plan
}

// TakeValidated reports whether Doc.Apply validated the plan as it is now — the last change
// made to it was an edit Apply accepted — and forgets it, so that whoever asks next
// validates. A store asks it before saving, to validate only what no edit validated: a plan
// changed otherwise (read from a file, built by an importer, changed field by field) is
// never taken as validated. Change an open plan only through its Doc.
func (p *Plan) TakeValidated() bool {
	ok := p.validated == p
	p.validated = nil
	return ok
}

// Note is a free remark on a plan; internal notes never reach the client edition.
type Note struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Internal bool   `json:"internal,omitempty"`
}

// Cadence is how often the plan is reviewed.
type Cadence string

const (
	CadenceWeekly    Cadence = "weekly"
	CadenceMonthly   Cadence = "monthly"
	CadenceQuarterly Cadence = "quarterly"
	CadenceAdHoc     Cadence = "adhoc"
)

// Cadences lists the frequencies in display order (for reviews and contacts).
var Cadences = []Cadence{CadenceWeekly, CadenceMonthly, CadenceQuarterly, CadenceAdHoc}

// Approval records who agreed to the plan and when.
type Approval struct {
	By   string `json:"by,omitempty"`
	Date Date   `json:"date"`
}

// Done reports whether the approval was given.
func (a Approval) Done() bool { return strings.TrimSpace(a.By) != "" && !a.Date.IsZero() }

// Commitment is the sign-off of the plan.
type Commitment struct {
	InternalApproval Approval `json:"internal_approval"`
	ClientAgreement  Approval `json:"client_agreement"`
}

// NewPlan returns an empty plan of an account for a period, with sensible defaults.
func NewPlan(accountID, period string) *Plan {
	return &Plan{
		ID: NewID(), AccountID: accountID, Period: period,
		Language: "es", Currency: "EUR",
		StageNow: StageExploratory, StageTarget: StageBasic,
		ReviewCadence: CadenceMonthly,
		SWOTs: []SWOT{
			{ID: NewID(), Subject: SubjectClient},
			{ID: NewID(), Subject: SubjectUs},
		},
		Portfolio: Portfolio{Strength: Axis{Factors: DefaultStrengthCriteria()}},
	}
}

// FindContact returns the contact with id, or nil.
func (p *Plan) FindContact(id string) *Contact {
	return byID(p.Contacts, id, func(x *Contact) string { return x.ID })
}

// FindObjective returns the objective with id, or nil.
func (p *Plan) FindObjective(id string) *Objective {
	return byID(p.Objectives, id, func(x *Objective) string { return x.ID })
}

// FindAction returns the action with id, or nil.
func (p *Plan) FindAction(id string) *Action {
	return byID(p.Actions, id, func(x *Action) string { return x.ID })
}

// FindKPI returns the KPI with id, or nil.
func (p *Plan) FindKPI(id string) *KPI { return byID(p.KPIs, id, func(x *KPI) string { return x.ID }) }

// FindStrategy returns the strategy with id, or nil.
func (p *Plan) FindStrategy(id string) *Strategy {
	return byID(p.Strategies, id, func(x *Strategy) string { return x.ID })
}

// byID returns the element of list whose id (as idOf reads it) is id, or nil.
func byID[T any](list []T, id string, idOf func(*T) string) *T {
	for i := range list {
		if idOf(&list[i]) == id {
			return &list[i]
		}
	}
	return nil
}

// SWOTOf returns the first SWOT of a subject (for competitors, of that name), or nil.
func (p *Plan) SWOTOf(s Subject, competitor string) *SWOT {
	for i := range p.SWOTs {
		w := &p.SWOTs[i]
		if w.Subject == s && (s != SubjectCompetitor || strings.EqualFold(w.Competitor, competitor)) {
			return w
		}
	}
	return nil
}

// FindItem returns a SWOT item by id with the SWOT it belongs to.
func (p *Plan) FindItem(id string) (*SWOTItem, *SWOT) {
	for i := range p.SWOTs {
		w := &p.SWOTs[i]
		for j := range w.Items {
			if w.Items[j].ID == id {
				return &w.Items[j], w
			}
		}
	}
	return nil, nil
}

// NextDeadline is the earliest due date of an open action, zero when there is none.
func (p *Plan) NextDeadline() Date {
	var next Date
	for _, a := range p.Actions {
		if a.Open() && !a.Due.IsZero() && (next.IsZero() || a.Due.Before(next)) {
			next = a.Due
		}
	}
	return next
}
