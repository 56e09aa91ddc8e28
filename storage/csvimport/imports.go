package csvimport

import (
	"context"
	"io"

	"kamplan/domain"
)

// ImportContacts reads a contacts export and merges the rows of the plan's account into
// the plan, saved in one transaction: either every good row lands or nothing does.
// The report lists the rows and values left out, each with its line.
func ImportContacts(ctx context.Context, st domain.Store, planID string, r io.Reader) (MergeReport, error) {
	cs, err := ParseContacts(r)
	if err != nil {
		return MergeReport{}, err
	}
	p, err := st.LoadPlan(ctx, planID)
	if err != nil {
		return MergeReport{}, err
	}
	a, err := st.Account(ctx, p.AccountID)
	if err != nil {
		return MergeReport{}, err
	}
	rep := MergeContacts(p, a.Name, cs.Rows)
	rep.Problems = append(cs.Problems, rep.Problems...)
	if rep.Added+rep.Updated == 0 {
		return rep, nil
	}
	if err := st.SavePlan(ctx, p); err != nil {
		return MergeReport{}, err
	}
	return rep, nil
}
