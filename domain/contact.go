package domain

import "slices"

// BuyingRole is a role a contact plays in the buying centre (several per contact).
type BuyingRole string

const (
	BuyingUser       BuyingRole = "user"
	BuyingInfluencer BuyingRole = "influencer"
	BuyingBuyer      BuyingRole = "buyer"
	BuyingDecider    BuyingRole = "decider"
	BuyingGatekeeper BuyingRole = "gatekeeper"
	BuyingInitiator  BuyingRole = "initiator"
	BuyingApprover   BuyingRole = "approver"
)

// BuyingRoles lists the buying roles in display order.
var BuyingRoles = []BuyingRole{BuyingUser, BuyingInfluencer, BuyingBuyer, BuyingDecider, BuyingGatekeeper, BuyingInitiator, BuyingApprover}

// SellingRole is the strategic-selling role of a contact (one at most).
type SellingRole string

const (
	SellingNone      SellingRole = ""
	SellingEconomic  SellingRole = "economic"
	SellingUser      SellingRole = "user"
	SellingTechnical SellingRole = "technical"
	SellingCoach     SellingRole = "coach"
)

// SellingRoles lists the strategic-selling roles in display order (without "none").
var SellingRoles = []SellingRole{SellingEconomic, SellingUser, SellingTechnical, SellingCoach}

// Attitude of a contact towards us, −2 (opponent) to +2 (champion).
const (
	AttitudeOpponent  = -2
	AttitudeSceptic   = -1
	AttitudeNeutral   = 0
	AttitudeSupporter = 1
	AttitudeChampion  = 2
)

// Relationship levels, 0 (none) to 4 (trusted advisor).
const (
	RelNone = iota
	RelWeak
	RelWorking
	RelStrong
	RelTrusted
)

// Contact is a decision maker or stakeholder at the client.
type Contact struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Title       string       `json:"title,omitempty"`
	Department  string       `json:"department,omitempty"`
	Email       string       `json:"email,omitempty"`
	Phone       string       `json:"phone,omitempty"`
	ReportsTo   string       `json:"reports_to,omitempty"` // contact ID
	BuyingRoles []BuyingRole `json:"buying_roles,omitempty"`
	SellingRole SellingRole  `json:"selling_role,omitempty"`
	Influence   int          `json:"influence"` // 1–5; internal
	Attitude    int          `json:"attitude"`  // −2…+2; internal
	RelNow      int          `json:"rel_now"`   // 0–4
	RelTarget   int          `json:"rel_target"`
	Frequency   Cadence      `json:"frequency,omitempty"`
	LastContact Date         `json:"last_contact"`
	Notes       string       `json:"notes,omitempty"`  // internal
	CRMID       string       `json:"crm_id,omitempty"` // the record's id in the CRM it was imported from
}

// HasRole reports whether the contact plays a buying role.
func (c Contact) HasRole(r BuyingRole) bool { return slices.Contains(c.BuyingRoles, r) }

// Supportive is attitude ≥ +1.
func (c Contact) Supportive() bool { return c.Attitude >= AttitudeSupporter }

// RelGap is how many levels the relationship must still grow.
func (c Contact) RelGap() int { return c.RelTarget - c.RelNow }

// GridCell is a cell of the influence/support grid.
type GridCell string

const (
	CellLeverage GridCell = "leverage" // high influence, supportive
	CellConvert  GridCell = "convert"  // high influence, not supportive
	CellMobilise GridCell = "mobilise" // low influence, supportive
	CellMonitor  GridCell = "monitor"  // low influence, not supportive
)

// GridCells lists the cells in display order.
var GridCells = []GridCell{CellLeverage, CellConvert, CellMobilise, CellMonitor}

// The cuts of the influence/support grid (METHOD §5): influence from HighInfluence up is
// high, attitude from AttitudeSupporter up is supportive; KeyPlayerInfluence makes a key player.
const (
	HighInfluence      = 3
	KeyPlayerInfluence = 4
)

// Cell places a contact in the grid: influence ≥ 3 is high, attitude ≥ +1 supportive.
func (c Contact) Cell() GridCell {
	high := c.Influence >= HighInfluence
	switch {
	case high && c.Supportive():
		return CellLeverage
	case high:
		return CellConvert
	case c.Supportive():
		return CellMobilise
	default:
		return CellMonitor
	}
}

// Warning is a soft warning on a plan: it does not block saving.
type Warning struct {
	Key       string // catalogue key
	Args      []any
	Msg       string // English text
	ContactID string // the contact the warning is about, if any
}

// MapWarnings checks the stakeholder map: no economic buyer; no supportive contact with
// influence ≥ 4; a decider no one on our team covers (no owner); a key player no one covers.
func (p *Plan) MapWarnings() []Warning {
	var ws []Warning
	econ, strongAlly := false, false
	for _, c := range p.Contacts {
		econ = econ || c.SellingRole == SellingEconomic
		strongAlly = strongAlly || (c.Supportive() && c.KeyPlayer())
		covered := p.Covered(c.ID)
		switch {
		case c.HasRole(BuyingDecider) && !covered:
			ws = append(ws, Warning{"warn.decider_no_owner", []any{c.Name}, c.Name + " is a decider with no owner on our team", c.ID})
		case c.KeyPlayer() && !covered:
			ws = append(ws, Warning{"warn.key_player_uncovered", []any{c.Name}, c.Name + " is a key player no one on our team covers", c.ID})
		}
	}
	if !econ {
		ws = append([]Warning{{Key: "warn.no_economic_buyer", Msg: "No economic buyer identified"}}, ws...)
	}
	if !strongAlly {
		ws = append(ws, Warning{Key: "warn.no_strong_supporter", Msg: "No supportive contact with influence 4 or more"})
	}
	return ws
}

// KeyPlayer reports whether the contact is a key player (influence ≥ 4).
func (c Contact) KeyPlayer() bool { return c.Influence >= KeyPlayerInfluence }

// ReportsToCycle returns the contacts of a reports-to cycle, or nil when there is none: the
// chain of reports-to from the first contact (in the list's order) whose chain loops, up to
// where it comes round. Each contact's chain is followed once: a chain that ended without a
// loop is not followed again from a contact that joins it.
func (p *Plan) ReportsToCycle() []string {
	type step struct {
		boss string
		walk int // the walk that reached the contact (1, 2…), noLoop when its chain ends
	}
	const noLoop = -1
	steps := make(map[string]step, len(p.Contacts))
	for _, c := range p.Contacts {
		steps[c.ID] = step{boss: c.ReportsTo}
	}
	for n, c := range p.Contacts {
		var chain []string
		for id := c.ID; id != "" && steps[id].walk != noLoop; id = steps[id].boss {
			s := steps[id]
			if s.walk == n+1 {
				return chain
			}
			s.walk = n + 1
			steps[id] = s
			chain = append(chain, id)
		}
		for _, id := range chain {
			s := steps[id]
			s.walk = noLoop
			steps[id] = s
		}
	}
	return nil
}

func (p planCheck) checkContact(c checker, k Contact) {
	c.required("name", k.Name)
	c.intRange("influence", k.Influence, 1, 5)
	c.intRange("attitude", k.Attitude, -2, 2)
	c.intRange("rel_now", k.RelNow, 0, 4)
	c.intRange("rel_target", k.RelTarget, 0, 4)
	if k.ReportsTo != "" && !p.hasContact(k.ReportsTo) {
		c.add("reports_to", "err.unknown_contact", "no contact with id %q", k.ReportsTo)
	}
	if k.ReportsTo == k.ID && k.ID != "" {
		c.add("reports_to", "err.self_report", "a contact cannot report to themselves")
	}
	for j, r := range k.BuyingRoles {
		if !slices.Contains(BuyingRoles, r) {
			c.add(sprintfIdx("buying_roles", j), "err.choice", "unknown buying role %q", r)
		}
	}
	if k.SellingRole != SellingNone && !slices.Contains(SellingRoles, k.SellingRole) {
		c.add("selling_role", "err.choice", "must be one of economic, user, technical, coach")
	}
	if k.Frequency != "" && !slices.Contains(Cadences, k.Frequency) {
		c.add("frequency", "err.choice", "must be one of weekly, monthly, quarterly, adhoc")
	}
}
