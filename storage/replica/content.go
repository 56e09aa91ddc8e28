package replica

import (
	"context"
	"encoding/json"

	"kamplan/domain"
	"kamplan/domain/history"
)

// content is what a person edits of a plan, in the local database's ids: the store's
// version, the edition and the settings' factors left out, so that the two sides' copies
// compare equal when they say the same.
func content(p *domain.Plan, localID string) *domain.Plan {
	c := history.ReplaceWith(domain.Doc{Plan: p}, false, "", "").Plan
	c.ID = localID
	c.Portfolio.Attractiveness.Factors = nil
	return c
}

// accountContent is an account's profile without the store's version.
func accountContent(a *domain.Account) *domain.Account {
	c := domain.Doc{Account: a}.Copy().Account
	c.Version = 0
	return c
}

func same(a, b domain.Doc) bool { return len(history.Compare(a, b)) == 0 }

func encode(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "err.internal", "internal error: %v", err)
	}
	return b, nil
}

func decodePlan(body []byte) (*domain.Plan, error) {
	var p domain.Plan
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "err.internal", "internal error: a sync base unreadable: %v", err)
	}
	return &p, nil
}

func decodeAccount(body []byte) (*domain.Account, error) {
	var a domain.Account
	if err := json.Unmarshal(body, &a); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "err.internal", "internal error: a sync base unreadable: %v", err)
	}
	return &a, nil
}

// loadPlan is a side's plan, nil when it has none with that id.
func loadPlan(ctx context.Context, s side, id string) (*domain.Plan, error) {
	if id == "" {
		return nil, nil
	}
	p, err := s.st.LoadPlan(ctx, id)
	if domain.CodeOf(err) == domain.CodeNotFound {
		return nil, nil
	}
	return p, err
}

// loadAccount is a side's account, nil when it has none with that id.
func loadAccount(ctx context.Context, s side, id string) (*domain.Account, error) {
	a, err := s.st.Account(ctx, id)
	if domain.CodeOf(err) == domain.CodeNotFound {
		return nil, nil
	}
	return a, err
}

// lastSeq is the newest entry of a plan's journal on a side; 0 when it has none.
func lastSeq(ctx context.Context, s side, planID string) (int64, error) {
	page, err := s.st.Journal().Page(ctx, planID, history.JournalQuery{Limit: 1})
	if err != nil || len(page.Entries) == 0 {
		return 0, err
	}
	return page.Entries[0].Seq, nil
}

// journalPage is how many entries are read at once.
const journalPage = 200

// entriesSince reads a plan's journal entries after seq, oldest first.
func entriesSince(ctx context.Context, s side, planID string, seq int64) ([]history.JournalEntry, error) {
	var newestFirst []history.JournalEntry
	q := history.JournalQuery{Limit: journalPage}
	for {
		page, err := s.st.Journal().Page(ctx, planID, q)
		if err != nil {
			return nil, err
		}
		for _, e := range page.Entries {
			if e.Seq <= seq {
				return reversed(newestFirst), nil
			}
			newestFirst = append(newestFirst, e)
		}
		if !page.More || len(page.Entries) == 0 {
			return reversed(newestFirst), nil
		}
		q.Before = page.Entries[len(page.Entries)-1].Seq
	}
}

func reversed(es []history.JournalEntry) []history.JournalEntry {
	out := make([]history.JournalEntry, len(es))
	for i, e := range es {
		out[len(es)-1-i] = e
	}
	return out
}

// replay applies to a side's plan p the entries made on the other side, each as it was (its
// author, time and kind), and saves them with p when they give exactly want; otherwise it
// saves want as one entry, as a merge would. Then p is the plan as saved.
func (r *run) replay(ctx context.Context, to side, p *domain.Plan, entries []history.JournalEntry, want *domain.Plan) error {
	a, err := to.st.Account(ctx, p.AccountID)
	if err != nil {
		return err
	}
	doc := domain.Doc{Account: a, Plan: p.Clone()}
	doc.Plan.Version = p.Version // a clone is the content, without the store's version
	var out []history.JournalEntry
	for _, e := range entries {
		inv, err := doc.Apply(e.Edit)
		if err != nil {
			return r.replace(ctx, to, p, want)
		}
		out = append(out, history.JournalEntry{PlanID: p.ID, At: e.At, Author: e.Author, Kind: e.Kind, Edit: e.Edit, Inverse: inv})
	}
	if len(out) == 0 || !same(domain.Doc{Plan: content(doc.Plan, want.ID)}, domain.Doc{Plan: want}) {
		return r.replace(ctx, to, p, want)
	}
	if err := to.st.SaveEdits(ctx, nil, doc.Plan, out); err != nil {
		return err
	}
	*p = *doc.Plan // p is now what the side holds: the base to come
	return nil
}

// replace makes want the content of a side's plan p, as one entry of its journal signed by
// the person syncing; then p is the plan as saved.
func (r *run) replace(ctx context.Context, to side, p *domain.Plan, want *domain.Plan) error {
	a, err := to.st.Account(ctx, p.AccountID)
	if err != nil {
		return err
	}
	doc := domain.Doc{Account: a, Plan: p.Clone()}
	doc.Plan.Version = p.Version // a clone is the content, without the store's version
	e := history.ReplaceWith(domain.Doc{Plan: want}, false, domain.CauseMerge, r.source)
	inv, err := doc.ApplyUnvalidated(e)
	if err != nil {
		return err
	}
	entry := history.JournalEntry{PlanID: p.ID, Author: r.local.Author(), Kind: history.JournalDo, Edit: e, Inverse: inv}
	if err := to.st.SaveEdits(ctx, nil, doc.Plan, []history.JournalEntry{entry}); err != nil {
		return err
	}
	*p = *doc.Plan // p is now what the side holds: the base to come
	return nil
}
