package domain

import "fmt"

// Doc is what the plan editor changes: an account and one of its plans.
type Doc struct {
	Account *Account
	Plan    *Plan
	// Today is the day the rules on dates compare with (a last contact may not be after
	// it); nil means the local calendar day.
	Today func() Date
}

// Day is the day the rules on dates compare with.
func (d *Doc) Day() Date {
	if d.Today != nil {
		return d.Today()
	}
	return Today()
}

// Edit is one change a person makes to an account plan, applied by id (never by position in a
// slice that may have moved). Every edit has an inverse, which is how undo works.
type Edit interface {
	// apply changes d and returns the edit that undoes the change. It does not validate.
	apply(d *Doc) (inverse Edit, err error)
	// touches says whether the edit changes the account, the plan, or both.
	touches() (account, plan bool)
}

// Apply makes an edit and validates the result: an edit that would leave the account or the
// plan invalid, or make a figure impossible (Plan.Impossible), is refused with its problems
// and changes nothing. It returns the inverse edit.
func (d *Doc) Apply(e Edit) (Edit, error) {
	before := d.impossible()
	inv, err := e.apply(d)
	if err != nil {
		return nil, err
	}
	err = d.validate(e.touches())
	if err == nil {
		err = NewlyImpossible(before, d.impossible())
	}
	if err != nil {
		if _, undoErr := inv.apply(d); undoErr != nil {
			return nil, internalError("undoing a refused edit failed: %v", undoErr)
		}
		return nil, err
	}
	return inv, nil
}

// Touches reports whether an edit changes the account and whether it changes the plan.
func Touches(e Edit) (account, plan bool) { return e.touches() }

func (d *Doc) impossible() error {
	if d.Plan == nil {
		return nil
	}
	return d.Plan.Impossible(d.Day())
}

func (d *Doc) validate(account, plan bool) error {
	if account && d.Account != nil {
		if err := d.Account.Validate(); err != nil {
			return err
		}
	}
	if plan && d.Plan != nil {
		return d.Plan.Validate()
	}
	return nil
}

// internalError reports a programming error in an edit: never the person's doing.
func internalError(format string, args ...any) *Error {
	return Errorf(CodeInternal, "err.internal", "internal error: %s", fmt.Sprintf(format, args...))
}

// Batch is several edits made as one: all of them or none.
type Batch []Edit

func (b Batch) apply(d *Doc) (Edit, error) {
	inv := make(Batch, 0, len(b))
	for _, e := range b {
		i, err := e.apply(d)
		if err != nil {
			_, _ = inv.apply(d)
			return nil, err
		}
		inv = append(Batch{i}, inv...)
	}
	return inv, nil
}

func (b Batch) touches() (account, plan bool) {
	for _, e := range b {
		a, p := e.touches()
		account, plan = account || a, plan || p
	}
	return account, plan
}
