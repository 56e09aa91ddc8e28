package domain

import "reflect"

// Coll names a list of a plan (or of its account) whose elements have ids. It is the one
// name of the list: edits, the store's rows and the editor's pages all use it.
type Coll string

const (
	CollSWOTs         Coll = "swots"
	CollSWOTItems     Coll = "swot_items" // Parent: the id of the SWOT
	CollContacts      Coll = "contacts"
	CollStrategies    Coll = "strategies"
	CollObjectives    Coll = "objectives"
	CollActions       Coll = "actions"
	CollKPIs          Coll = "kpis"
	CollOpportunities Coll = "opportunities"
	CollReviews       Coll = "reviews"
	CollNotes         Coll = "notes"
	CollOfferings     Coll = "offerings"
	CollCompetitors   Coll = "competitors"
	CollLinks         Coll = "links"
	CollCoverage      Coll = "coverage"
	CollCentres       Coll = "centres"
	CollWhiteSpace    Coll = "white_space"
	CollCriteria      Coll = "criteria" // the client's buying criteria: the strength axis's factors
	CollTeam          Coll = "team"     // the account's team: coverage pairs refer to its members
)

// Collection describes one list of a plan or of its account. The table of them (Collections)
// is the one place the lists are written out: the edits, the store's rows, the id check and
// the client edition read it.
type Collection struct {
	Name Coll
	// Path is where the JSON of the plan (or of the account) holds the list, and so where a
	// problem with one of its elements is reported; a nested list's path is relative to its
	// parent element ("items" of "swots[2]").
	Path string
	// Parent is the list whose elements each hold one of this list (the SWOTs hold items);
	// empty for a list of the plan or of the account itself.
	Parent Coll
	// Account marks a list of the account (its team) rather than of one of its plans.
	Account bool
	// Rows marks the lists the store keeps as one row per element; the others travel in
	// their parent's row (SWOT items), the plan's own row (the strength criteria) or the
	// account's (the team).
	Rows bool
	// PlanWideIDs marks the lists whose ids must be unique across the whole plan, since the
	// plan's parts refer to each other by id. The strength criteria's ids are unique within
	// their list ("price", "quality") and the team's within the account; their own checks
	// say so.
	PlanWideIDs bool
	// ClientRule says which elements the client edition leaves out (METHOD.md §9); empty
	// when it keeps them all.
	ClientRule string

	list list
}

var swotList = planList(func(p *Plan) *[]SWOT { return &p.SWOTs }, func(x *SWOT) *string { return &x.ID })

// collections lists every list of the plan model, a parent before the lists it holds.
// The order is the order of the id check's messages.
var collections = []Collection{
	{Name: CollSWOTs, Path: "swots", Rows: true, PlanWideIDs: true,
		ClientRule: "SWOT of us or of a competitor with no item shared",
		list: swotList.
			keeping(func(w SWOT) bool { return len(w.Items) > 0 || w.Subject == SubjectClient }).
			decoding(func(w *SWOT, raw []byte) { w.TakeDefaultSharing(raw) })},
	{Name: CollSWOTItems, Path: "items", Parent: CollSWOTs, PlanWideIDs: true,
		ClientRule: "SWOTItem without ShareWithClient (the client's SWOT items have it by default, our and the competitors' not), and every link to it",
		list: nestedList(swotList, func(w *SWOT) *[]SWOTItem { return &w.Items }, func(x *SWOTItem) *string { return &x.ID }).
			keeping(func(it SWOTItem) bool { return it.ShareWithClient })},
	{Name: CollStrategies, Path: "strategies", Rows: true, PlanWideIDs: true,
		ClientRule: "Strategy without ShareWithClient; a shared one keeps only the links to shared items",
		list: planList(func(p *Plan) *[]Strategy { return &p.Strategies }, func(x *Strategy) *string { return &x.ID }).
			keeping(func(s Strategy) bool { return s.ShareWithClient })},
	{Name: CollContacts, Path: "contacts", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]Contact { return &p.Contacts }, func(x *Contact) *string { return &x.ID })},
	{Name: CollObjectives, Path: "objectives", Rows: true, PlanWideIDs: true,
		ClientRule: "Objective with Internal set, and every link to it",
		list: planList(func(p *Plan) *[]Objective { return &p.Objectives }, func(x *Objective) *string { return &x.ID }).
			keeping(func(o Objective) bool { return !o.Internal })},
	{Name: CollActions, Path: "actions", Rows: true, PlanWideIDs: true,
		ClientRule: "Action with Contingency (plan B) or Internal set, and every link to it",
		list: planList(func(p *Plan) *[]Action { return &p.Actions }, func(x *Action) *string { return &x.ID }).
			keeping(func(a Action) bool { return !a.Contingency && !a.Internal })},
	{Name: CollOpportunities, Path: "opportunities", Rows: true, PlanWideIDs: true,
		ClientRule: "Opportunity (Deal) with Internal set",
		list: planList(func(p *Plan) *[]Deal { return &p.Opportunities }, func(x *Deal) *string { return &x.ID }).
			keeping(func(o Deal) bool { return !o.Internal })},
	{Name: CollReviews, Path: "reviews", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]Review { return &p.Reviews }, func(x *Review) *string { return &x.ID })},
	{Name: CollKPIs, Path: "kpis", Rows: true, PlanWideIDs: true,
		ClientRule: "KPI with Internal set",
		list: planList(func(p *Plan) *[]KPI { return &p.KPIs }, func(x *KPI) *string { return &x.ID }).
			keeping(func(k KPI) bool { return !k.Internal })},
	{Name: CollOfferings, Path: "wallet.offerings", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]Offering { return &p.Wallet.Offerings }, func(x *Offering) *string { return &x.ID })},
	{Name: CollCompetitors, Path: "wallet.competitors", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]CompetitorShare { return &p.Wallet.Competitors }, func(x *CompetitorShare) *string { return &x.ID })},
	{Name: CollNotes, Path: "notes", Rows: true, PlanWideIDs: true,
		ClientRule: "Note with Internal set",
		list: planList(func(p *Plan) *[]Note { return &p.Notes }, func(x *Note) *string { return &x.ID }).
			keeping(func(n Note) bool { return !n.Internal })},
	{Name: CollLinks, Path: "links", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]Link { return &p.Links }, func(x *Link) *string { return &x.ID })},
	{Name: CollCoverage, Path: "coverage", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]Coverage { return &p.Coverage }, func(x *Coverage) *string { return &x.ID })},
	{Name: CollCentres, Path: "centres", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]BuyingCentre { return &p.Centres }, func(x *BuyingCentre) *string { return &x.ID })},
	{Name: CollWhiteSpace, Path: "white_space", Rows: true, PlanWideIDs: true,
		list: planList(func(p *Plan) *[]SpaceCell { return &p.WhiteSpace }, func(x *SpaceCell) *string { return &x.ID })},
	{Name: CollCriteria, Path: "portfolio.strength.factors",
		list: planList(func(p *Plan) *[]Factor { return &p.Portfolio.Strength.Factors }, func(x *Factor) *string { return &x.ID })},
	{Name: CollTeam, Path: "team", Account: true,
		list: accountList(func(a *Account) *[]TeamMember { return &a.Team }, func(x *TeamMember) *string { return &x.ID })},
}

// Collections returns the table of the plan model's lists, a parent before the lists it holds.
func Collections() []Collection { return append([]Collection(nil), collections...) }

// CollectionOf returns the list named c; ok is false for a name no list has.
func CollectionOf(c Coll) (col Collection, ok bool) {
	for _, x := range collections {
		if x.Name == c {
			return x, true
		}
	}
	return Collection{}, false
}

func listOf(c Coll) (list, error) {
	col, ok := CollectionOf(c)
	if !ok {
		return nil, internalError("no list %q", c)
	}
	return col.list, nil
}

// Each calls fn with every element of the list in d, in order; for a nested list, the
// elements of each parent element in turn (pos counts within the parent). A list of the
// account has none when d has no account, a list of the plan none when d has no plan.
func (c Collection) Each(d *Doc, fn func(pos int, id string, v any)) {
	c.list.each(d, func(pos int, id *string, v any) { fn(pos, *id, v) })
}

// EachID calls fn with the id of every element of the list in d; fn may change it.
func (c Collection) EachID(d *Doc, fn func(id *string)) {
	c.list.each(d, func(_ int, id *string, _ any) { fn(id) })
}

// AppendJSON decodes one element and appends it to the list in d (a list of the plan or of
// the account: a nested list's elements are read with their parent).
func (c Collection) AppendJSON(d *Doc, raw []byte) error { return c.list.appendJSON(d, raw) }

// Clear empties the list in d.
func (c Collection) Clear(d *Doc) { c.list.clear(d) }

// Element is an element of a list with its id.
type Element struct {
	ID    string
	Value any // the list's element type (a Contact, a SWOTItem…)
}

// Elements lists, in order, the elements of the list in d that the parent element holds
// (parent "" for a list that is not nested); none when d lacks the parent or the account
// or plan the list belongs to. The values share the plan's slices: do not change them.
func (c Collection) Elements(d *Doc, parent string) []Element { return c.list.elements(d, parent) }

// Find returns a copy of the element of the list in d with the id, held by the parent
// element ("" for a list that is not nested); ok is false when there is none.
func (c Collection) Find(d *Doc, parent, id string) (v any, ok bool) {
	_, v, err := c.list.find(d, parent, id)
	return v, err == nil
}

// Drop takes the element out of the list in d, leaving what refers to it as it is (RemoveItem
// cleans that), and reports whether there was one.
func (c Collection) Drop(d *Doc, parent, id string) bool {
	i, _, err := c.list.find(d, parent, id)
	if err == nil {
		c.list.delete(d, parent, i)
	}
	return err == nil
}

// ElemType is the type of the list's elements.
func (c Collection) ElemType() reflect.Type { return c.list.elemType() }

// touches says what an edit of the list changes: a list of the account changes the account,
// and removing one of its elements may change the plan too (removing a member of the team
// removes their pairs, see release).
func (c Collection) touches(removal bool) (account, plan bool) {
	if c.Account {
		return true, removal
	}
	return false, true
}

// RowRules names the items the client edition leaves out whole, whatever their fields' rules:
// the ClientRule of each list.
var RowRules = func() (rules []string) {
	for _, c := range collections {
		if c.ClientRule != "" {
			rules = append(rules, c.ClientRule)
		}
	}
	return rules
}()

// LeaveOutForClient drops from d's plan the elements the client edition leaves out (the
// lists' ClientRule, see RowRules); nested lists first, since a SWOT is kept by what is left
// of its items. Package domain/edition makes the whole client edition.
func LeaveOutForClient(d *Doc) {
	for _, nested := range []bool{true, false} {
		for _, c := range collections {
			if (c.Parent != "") == nested {
				c.list.keepForClient(d)
			}
		}
	}
}
