package privacy

import (
	"reflect"
	"slices"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
)

// Report is every place the holdings keep a person, with what is kept there: what a person
// is told before they are forgotten, and what they are sent when they ask what is held on
// them. It holds nothing of anyone else: other people are counted, never named.
type Report struct {
	Account string `json:"account"`
	Request string `json:"request"`
	Name    string `json:"name"`
	// AccountMentions counts the texts of the account's profile that name them.
	AccountMentions int             `json:"account_mentions,omitempty"`
	Plans           []PlanPlace     `json:"plans,omitempty"`
	Snapshots       []SnapshotPlace `json:"snapshots,omitempty"`
	Journals        []JournalPlace  `json:"journals,omitempty"`
}

// PlanPlace is what one plan holds of the person.
type PlanPlace struct {
	PlanID   string            `json:"plan_id"`
	Period   string            `json:"period"`
	Contact  []domain.Contact  `json:"contact,omitempty"` // their contact, with our judgements of them
	Coverage []domain.Coverage `json:"coverage,omitempty"`
	// Links, ReportsToThem, Actions and Reviews count the informal links, the people who
	// report to them, the actions they take part in and the account reviews they attended.
	Links         int `json:"links,omitempty"`
	ReportsToThem int `json:"reports_to_them,omitempty"`
	Actions       int `json:"actions,omitempty"`
	Reviews       int `json:"reviews,omitempty"`
	// Mentions counts the other texts of the plan that name them, write their e-mail or phone.
	Mentions int `json:"mentions,omitempty"`
}

// SnapshotPlace is a snapshot that holds the person.
type SnapshotPlace struct {
	ID    string    `json:"id"`
	Label string    `json:"label,omitempty"`
	Kind  string    `json:"kind"`
	At    time.Time `json:"at"`
	Held  PlanPlace `json:"held"`
}

// JournalPlace is the entries of a plan's journal that hold or name the person, with every
// version of their contact those entries keep.
type JournalPlace struct {
	PlanID   string           `json:"plan_id"`
	Period   string           `json:"period"`
	Entries  []int64          `json:"entries"`
	Contacts []domain.Contact `json:"contacts,omitempty"`
}

// Records counts the places: plans, snapshots and journal entries.
func (r Report) Records() int {
	n := len(r.Plans) + len(r.Snapshots) + min(1, r.AccountMentions)
	for _, j := range r.Journals {
		n += len(j.Entries)
	}
	return n
}

// Report lists every place the holdings keep the person.
func (who *Person) Report(h Holdings, request string) Report {
	r := Report{Request: request, Name: who.name}
	if h.Account != nil {
		r.Account = h.Account.Name
		s := who.scrubber(true)
		s.ids = false
		s.walk(reflect.ValueOf(h.Account).Elem())
		r.AccountMentions = s.hits
	}
	periods := map[string]string{}
	for _, p := range h.Plans {
		periods[p.ID] = p.Period
		if place, ok := who.placeIn(p); ok {
			r.Plans = append(r.Plans, place)
		}
	}
	for _, s := range h.Snapshots {
		if place, ok := who.placeIn(&s.Plan); ok {
			r.Snapshots = append(r.Snapshots, SnapshotPlace{ID: s.ID, Label: s.Label, Kind: string(s.Kind), At: s.At, Held: place})
		}
	}
	r.Journals = who.journalPlaces(h.Journal, periods)
	return r
}

// placeIn is what a plan holds of the person; false when nothing.
func (who *Person) placeIn(p *domain.Plan) (PlanPlace, bool) {
	place := PlanPlace{PlanID: p.ID, Period: p.Period}
	for _, c := range p.Contacts {
		switch {
		case who.Is(c.ID):
			place.Contact = append(place.Contact, c)
		case who.Is(c.ReportsTo):
			place.ReportsToThem++
		}
	}
	for _, c := range p.Coverage {
		if who.Is(c.ContactID) {
			place.Coverage = append(place.Coverage, c)
		}
	}
	for _, l := range p.Links {
		if who.Is(l.From) || who.Is(l.To) {
			place.Links++
		}
	}
	for _, a := range p.Actions {
		if slices.ContainsFunc(a.ContactIDs, who.Is) {
			place.Actions++
		}
	}
	for _, r := range p.Reviews {
		if slices.ContainsFunc(r.ContactIDs, who.Is) {
			place.Reviews++
		}
	}
	s := who.scrubber(true)
	s.ids = false
	s.walk(reflect.ValueOf(p).Elem())
	place.Mentions = s.hits - len(place.Contact) - len(place.Coverage)
	found := len(place.Contact)+len(place.Coverage)+place.Links+place.ReportsToThem+place.Actions+place.Reviews+place.Mentions > 0
	return place, found
}

func (who *Person) journalPlaces(entries []history.JournalEntry, periods map[string]string) []JournalPlace {
	var out []JournalPlace
	at := map[string]int{}
	for _, e := range entries {
		if !who.Involves(e.Edit) && !who.Involves(e.Inverse) {
			continue
		}
		i, ok := at[e.PlanID]
		if !ok {
			i, at[e.PlanID] = len(out), len(out)
			out = append(out, JournalPlace{PlanID: e.PlanID, Period: periods[e.PlanID]})
		}
		out[i].Entries = append(out[i].Entries, e.Seq)
		collect := func(c domain.Contact) {
			if who.Is(c.ID) && !slices.ContainsFunc(out[i].Contacts, func(k domain.Contact) bool { return reflect.DeepEqual(k, c) }) {
				out[i].Contacts = append(out[i].Contacts, c)
			}
		}
		eachInEdit(e.Edit, collect)
		eachInEdit(e.Inverse, collect)
	}
	return out
}
