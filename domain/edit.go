package domain

import "fmt"

// Doc is what the plan editor changes: an account and one of its plans.
type Doc struct {
	Account *Account
	Plan    *Plan
	// Today is the day the rules on dates compare with (a last contact may not be after
	// it); nil means the local calendar day.
	Today func() Date

	// valid is Plan while the plan is known to be valid as it is: an edit this Doc applied
	// validated it, and none changed it since without validating. The next edit then
	// validates only what it reached.
	valid *Plan
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
	// reach adds to r what of the plan the edit may change (see ReachOf).
	reach(r *Reach)
}

// Apply makes an edit and validates the result: an edit that would leave the account or the
// plan invalid, or make a figure impossible (Plan.Impossible), is refused with its problems
// and changes nothing. It returns the inverse edit. Once a plan is valid, an edit validates
// only what it reached; and the plan remembers that it was validated as it now is
// (Plan.TakeValidated), so that saving it does not validate it again.
func (d *Doc) Apply(e Edit) (Edit, error) {
	wasValid := d.Plan != nil && d.valid == d.Plan
	before := d.impossible()
	inv, err := e.apply(d)
	if err != nil {
		d.forgetValid()
		return nil, err
	}
	err = d.validate(e, inv, wasValid)
	if err == nil {
		err = NewlyImpossible(before, d.impossible())
	}
	if err != nil {
		if _, undoErr := inv.apply(d); undoErr != nil {
			d.forgetValid()
			return nil, internalError("undoing a refused edit failed: %v", undoErr)
		}
		return nil, err
	}
	if _, plan := e.touches(); d.Plan != nil && (plan || wasValid) {
		d.valid, d.Plan.validated = d.Plan, d.Plan
	}
	return inv, nil
}

// forgetValid forgets that the plan is valid as it is: it may have changed unvalidated.
func (d *Doc) forgetValid() {
	d.valid = nil
	if d.Plan != nil {
		d.Plan.validated = nil
	}
}

// Touches reports whether an edit changes the account and whether it changes the plan.
func Touches(e Edit) (account, plan bool) { return e.touches() }

// ApplyUnvalidated makes an edit without validating the result and returns its inverse. It
// is for a series of edits checked once as a whole — the steps of a merge's result may pass
// through states that are not valid —: the caller validates the account and the plan after.
func (d *Doc) ApplyUnvalidated(e Edit) (Edit, error) {
	d.forgetValid()
	return e.apply(d)
}

// Copy is a deep copy of a state: changing it does not change d.
func (d Doc) Copy() Doc {
	var c Doc
	if d.Account != nil {
		a := clone(*d.Account)
		c.Account = &a
	}
	if d.Plan != nil {
		p := clone(*d.Plan)
		c.Plan = &p
	}
	return c
}

func (d *Doc) impossible() error {
	if d.Plan == nil {
		return nil
	}
	return d.Plan.Impossible(d.Day())
}

// validate validates what the edit e (undone by inv) changed: the account when it touches
// it, and the plan when it touches it — the rules that read what the edit reached, when the
// plan was valid before it (wasValid), else every rule.
func (d *Doc) validate(e, inv Edit, wasValid bool) error {
	account, plan := e.touches()
	if account && d.Account != nil {
		if err := d.Account.Validate(); err != nil {
			return err
		}
	}
	if !plan || d.Plan == nil {
		return nil
	}
	if wasValid {
		return d.Plan.validateReach(ReachOf(e, inv))
	}
	return d.Plan.Validate()
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
