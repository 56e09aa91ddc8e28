// Package privacy answers a person's requests about what the plans hold on them: where a
// contact of the client appears (the plans of every period, their snapshots, the plans'
// journals), what is held on them, and how to erase them everywhere while the plans, their
// snapshots and their journals keep their shape.
package privacy

import (
	"cmp"
	"context"
	"time"

	"slices"
	"strings"

	"kamplan/domain"
	"kamplan/domain/history"
)

// Erased is what stands in journal entries and snapshots where a forgotten person's data was.
const Erased = "erased person"

// Holdings is all an account's store keeps that may hold a person: the account, its plans
// of every period, their snapshots and their journals.
type Holdings struct {
	Account   *domain.Account
	Plans     []*domain.Plan
	Snapshots []*history.Snapshot
	Journal   []history.JournalEntry
}

// Person is one of the client's people as the holdings know them: the contact ids they had in
// any plan, snapshot or journal entry, and the texts that name or reach them.
type Person struct {
	name  string // their name where first found
	ids   map[string]bool
	texts []string // names, e-mails and phones, wiped from free text
}

// Find finds the person a request names, by name or e-mail (any case), in every plan,
// snapshot and journal entry of the holdings: a contact deleted from the plans is still
// found in their history. Nil when nobody has that name or e-mail.
func Find(h Holdings, nameOrEmail string) *Person {
	q := strings.TrimSpace(nameOrEmail)
	if q == "" {
		return nil
	}
	who := &Person{ids: map[string]bool{}}
	h.eachContact(func(c domain.Contact) {
		if strings.EqualFold(strings.TrimSpace(c.Name), q) || strings.EqualFold(strings.TrimSpace(c.Email), q) {
			who.ids[c.ID] = true
			who.name = cmp.Or(who.name, c.Name)
		}
	})
	if len(who.ids) == 0 {
		return nil
	}
	h.eachContact(func(c domain.Contact) {
		if who.ids[c.ID] {
			who.addTexts(c.Name, c.Email, c.Phone)
		}
	})
	return who
}

// Name is the person's name as the plans write it.
func (who *Person) Name() string { return who.name }

// Is reports whether a contact id is this person's.
func (who *Person) Is(contactID string) bool { return who.ids[contactID] }

func (who *Person) addTexts(texts ...string) {
	for _, t := range texts {
		t = strings.TrimSpace(t)
		if len([]rune(t)) >= minText && !slices.Contains(who.texts, t) {
			who.texts = append(who.texts, t)
		}
	}
}

// minText is the shortest name, e-mail or phone wiped from free text: a shorter one would
// match inside other words.
const minText = 4

// eachContact calls fn with every contact of the holdings, wherever it is kept.
func (h Holdings) eachContact(fn func(domain.Contact)) {
	for _, p := range h.Plans {
		eachIn(p, fn)
	}
	for _, s := range h.Snapshots {
		eachIn(&s.Plan, fn)
	}
	for _, e := range h.Journal {
		eachInEdit(e.Edit, fn)
		eachInEdit(e.Inverse, fn)
	}
}

func eachIn(p *domain.Plan, fn func(domain.Contact)) {
	if p == nil {
		return
	}
	for _, c := range p.Contacts {
		fn(c)
	}
}

func eachInEdit(e domain.Edit, fn func(domain.Contact)) {
	switch x := e.(type) {
	case domain.AddItem:
		eachInValue(x.Value, fn)
	case domain.ReplaceItem:
		eachInValue(x.Value, fn)
	case domain.ReplaceContent:
		eachIn(x.Plan, fn)
	case domain.Batch:
		for _, y := range x {
			eachInEdit(y, fn)
		}
	}
}

func eachInValue(v any, fn func(domain.Contact)) {
	switch c := v.(type) {
	case domain.Contact:
		fn(c)
	case *domain.Contact:
		fn(*c)
	}
}

// Erasure is the record of a person forgotten: when, by whom, in which account and how many
// records were rewritten. It keeps nothing of the person.
type Erasure struct {
	At      time.Time
	Author  string
	Account string
	Records int
}

// Dropped counts what the retention of history dropped.
type Dropped struct {
	Entries, Snapshots int
}

// Store is what the screens need of the store to answer a person's requests and to keep
// history only as long as the settings say.
type Store interface {
	// PersonReport lists every place an account's plans, snapshots and journals keep the
	// person with the name or e-mail; not found when there is none.
	PersonReport(ctx context.Context, accountID, nameOrEmail string) (Report, error)
	// ForgetPerson erases the person everywhere PersonReport finds them, then compacts the
	// database so that their bytes are gone from its files, reporting progress from 0 to 1.
	ForgetPerson(ctx context.Context, accountID, nameOrEmail string, progress func(float64)) (Erasure, error)
	// Erasures lists the erasures made, newest first.
	Erasures(ctx context.Context) ([]Erasure, error)
	// DropHistoryBefore drops the journal entries and snapshots of every plan older than cutoff.
	DropHistoryBefore(ctx context.Context, cutoff time.Time) (Dropped, error)
}
