package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"kamplan/domain"
	"kamplan/domain/history"
)

// MergeOptions say how a plan file is merged into the plans stored.
type MergeOptions struct {
	// Prefer is the side kept in every conflict (and, when the common ancestor is not
	// known, in every difference): history.Mine for the stored plan, history.Theirs for the
	// file's. Empty: a conflict, or an unknown ancestor, stops the merge.
	Prefer history.Side
	// Choose, when set, picks the side kept in a conflict of the plan planID, field by
	// field; where it returns "", Prefer decides.
	Choose func(planID string, c history.Conflict) history.Side
	// Replace takes the file's plans (and account) whole, each as one edit that can be
	// undone: for a file whose common ancestor this database does not keep.
	Replace bool
	// DryRun works the merge out and reports it, then writes nothing.
	DryRun bool
	Author string // who merges, for the journal; the store's author (SetAuthor) when empty
	Source string // the file's name, for the journal
}

// MergeReport says what a merge found and, when Written, did.
type MergeReport struct {
	Account string
	Plans   []PlanMerge
	Written bool
}

// PlanMerge is the merge of one plan of the file.
type PlanMerge struct {
	PlanID, Period string
	Ancestor       *history.SnapshotInfo // the common ancestor found; nil when none is known
	Added          bool                  // the plan was not in the database: added as the file has it
	Conflicts      []history.Conflict    // with the side taken in each
	Changes        []history.Change      // what the merge changes in the stored plan
	Mine, Theirs   domain.Doc            // the stored plan and the file's, as they were
}

// MergeJSON merges a plan file into the account and plans it holds: for each plan, from
// the newest common ancestor the file names (see keepMergeBases), every change of either
// side that does not conflict is kept, and each conflict is decided by opt.Prefer. The
// result of each plan is one edit in its journal, undone in one step. Nothing is written
// while a conflict has no side, when no ancestor is known and no side is preferred, or
// when the merged plan would not be valid: the report then says why.
func (s *Store) MergeJSON(ctx context.Context, data []byte, opt MergeOptions) (MergeReport, error) {
	f, err := DecodePlanFile(data)
	if err != nil {
		return MergeReport{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if opt.Author == "" {
		opt.Author = s.author
	}
	run := &mergeRun{s: s, file: &f, opt: opt, report: MergeReport{Account: f.Account.Name}}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		run.tx = tx
		if err := run.mergeAll(ctx); err != nil {
			return err
		}
		if opt.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		return run.report, nil
	}
	if err != nil {
		return run.report, err
	}
	for _, w := range run.writes {
		s.afterSave(w)
	}
	run.report.Written = true
	return run.report, nil
}

// errDryRun rolls back a merge worked out only to be shown.
var errDryRun = errors.New("dry run")

// mergeRun is one merge of a plan file, inside its transaction.
type mergeRun struct {
	s       *Store
	tx      *sql.Tx
	file    *domain.PlanFile
	opt     MergeOptions
	account *domain.Account // the stored account, merged with the first stored plan
	// accountDone: the account was merged (with the first plan the database has)
	accountDone bool
	report      MergeReport
	writes      []*pendingSave
	undecided   int // conflicts no side was chosen in
}

func (m *mergeRun) mergeAll(ctx context.Context) error {
	a, err := accountIn(ctx, m.tx, m.file.Account.ID)
	if domain.CodeOf(err) == domain.CodeNotFound {
		return domain.Errorf(domain.CodeNotFound, "err.merge_no_account",
			"the account %s of the file is not in the database: import the file instead of merging it", m.file.Account.Name)
	}
	if err != nil {
		return err
	}
	m.account = a
	for i := range m.file.Plans {
		if err := m.mergePlan(ctx, &m.file.Plans[i]); err != nil {
			return err
		}
	}
	if err := m.blocked(); err != nil {
		return err
	}
	for _, w := range m.writes {
		if err := m.s.writeSave(ctx, m.tx, w); err != nil {
			return err
		}
	}
	for i := range m.file.Plans { // what came in is now known to both sides
		if err := keepFileState(ctx, m.tx, m.file, i, m.opt.Author); err != nil {
			return err
		}
	}
	return nil
}

// blocked is the reason nothing can be written: conflicts without a side, plans without
// a known ancestor and no preferred side.
func (m *mergeRun) blocked() error {
	if m.opt.Prefer != "" || m.opt.Replace {
		return nil
	}
	unrelated := 0
	for _, p := range m.report.Plans {
		if p.Ancestor == nil && !p.Added {
			unrelated++
		}
	}
	switch conflicts := m.undecided; {
	case unrelated > 0:
		return domain.Errorf(domain.CodeConflict, "err.merge_no_ancestor",
			"this database does not keep the state the file was made from, so what each side changed cannot be told apart: nothing was merged; prefer one side in every difference to merge anyway")
	case conflicts > 0:
		return domain.Errorf(domain.CodeConflict, "err.merge_conflicts",
			"the file and the stored plan changed the same things differently in %d places: nothing was merged until a side is chosen in each", conflicts)
	}
	return nil
}

// mergePlan merges one plan of the file with the stored plan of the same id (the first
// one merged brings the account along), or adds it when the database has no such plan.
func (m *mergeRun) mergePlan(ctx context.Context, fp *domain.Plan) error {
	pm := PlanMerge{PlanID: fp.ID, Period: fp.Period}
	stored, _, err := loadPlan(ctx, m.tx, fp.ID)
	if domain.CodeOf(err) == domain.CodeNotFound {
		pm.Added = true
		m.report.Plans = append(m.report.Plans, pm)
		return m.addPlan(ctx, fp)
	}
	if err != nil {
		return err
	}
	if stored.AccountID != m.account.ID {
		return domain.Errorf(domain.CodeConflict, "err.merge_other_account", "the file's plan for %s belongs to another account of the database", fp.Period)
	}
	withAccount := !m.accountDone
	mine, theirs := domain.Doc{Plan: stored}, domain.Doc{Plan: fp}
	if withAccount {
		mine.Account, theirs.Account = m.account, &m.file.Account
	}
	pm.Mine, pm.Theirs = mine.Copy(), theirs.Copy()
	merged, err := m.mergeDocs(ctx, &pm, mine, theirs)
	if err != nil {
		return err
	}
	m.report.Plans = append(m.report.Plans, pm)
	if merged == nil {
		return nil
	}
	m.accountDone = m.accountDone || withAccount
	return m.queue(pm, mine, *merged, withAccount)
}

// mergeDocs merges from the common ancestor (or, without one, as MergeUnrelated does), or
// takes the file's state when replacing; it returns no result while a side must still be
// chosen.
func (m *mergeRun) mergeDocs(ctx context.Context, pm *PlanMerge, mine, theirs domain.Doc) (*domain.Doc, error) {
	anc, err := commonAncestor(ctx, m.tx, m.file.MergeBases, theirs.Plan.ID)
	if err != nil {
		return nil, err
	}
	if anc != nil {
		pm.Ancestor = &anc.SnapshotInfo
	}
	if m.opt.Replace {
		pm.Changes = history.Compare(mine, theirs)
		return &theirs, nil
	}
	var merged *history.Merged
	if anc != nil {
		base := anc.Doc()
		if mine.Account == nil {
			base.Account = nil
		}
		merged = history.Merge(base, mine, theirs)
	} else {
		merged = history.MergeUnrelated(mine, theirs, history.Mine)
	}
	undecided := m.decide(pm.PlanID, merged)
	m.undecided += undecided
	pm.Conflicts = merged.Conflicts
	if m.opt.Prefer == "" && (anc == nil || undecided > 0) {
		return nil, nil
	}
	result, err := merged.Result()
	if err != nil {
		return nil, err
	}
	pm.Changes = history.Compare(mine, result)
	return &result, nil
}

// decide takes in each conflict the side Choose picks, else the preferred side, and
// counts the conflicts left without one.
func (m *mergeRun) decide(planID string, merged *history.Merged) (undecided int) {
	for i := range merged.Conflicts {
		c := &merged.Conflicts[i]
		side := m.opt.Prefer
		if m.opt.Choose != nil {
			if s := m.opt.Choose(planID, *c); s == history.Mine || s == history.Theirs {
				side = s
			}
		}
		if side == "" {
			undecided++
			continue
		}
		c.Take = side
	}
	return undecided
}

// queue applies the merge's result to the stored plan as one edit and prepares its save.
func (m *mergeRun) queue(pm PlanMerge, mine, result domain.Doc, withAccount bool) error {
	if len(pm.Changes) == 0 {
		return nil
	}
	e := history.ReplaceWith(result, withAccount, domain.CauseMerge, m.opt.Source)
	inv, err := (&domain.Doc{Account: m.account, Plan: mine.Plan}).Apply(e)
	if err != nil {
		return err
	}
	var account *domain.Account
	if acc, _ := domain.Touches(e); acc && accountChanged(pm.Changes) {
		account = m.account
	}
	entry := history.JournalEntry{PlanID: mine.Plan.ID, Author: m.opt.Author, Kind: history.JournalDo, Edit: e, Inverse: inv}
	w, err := prepareSave(account, mine.Plan, []history.JournalEntry{entry})
	if err != nil {
		return err
	}
	m.writes = append(m.writes, w)
	return nil
}

// addPlan stores a plan of the file that the database does not have.
func (m *mergeRun) addPlan(ctx context.Context, p *domain.Plan) error {
	st, err := settingsFrom(ctx, m.tx)
	if err != nil {
		return err
	}
	rev, err := nextRevision(ctx, m.tx)
	if err != nil {
		return err
	}
	_, err = insertPlan(ctx, m.tx, p, st, rev)
	return err
}

// accountChanged reports whether changes include the account's: its fields or its team.
func accountChanged(cs []history.Change) bool {
	for _, c := range cs {
		if c.Coll == domain.CollTeam || strings.HasPrefix(c.Field, "account.") {
			return true
		}
	}
	return false
}
