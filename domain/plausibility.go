package domain

// Plausibility rules across related figures, one place for the editor, the importers and
// the document. An impossible value is refused (Impossible); an implausible one is stored
// as typed and warned about beside its field and in the plan's warnings (FigureWarnings).

// sharesTolerance lets shares typed with one decimal add up to 100 % exactly.
const sharesTolerance = 0.0001

// Impossible returns the problems of values that cannot be true on day today, or nil: our
// share of the wallet and the competitors' shares adding up to more than the whole wallet,
// a contact last met after today, and an account review held after today. Validate does not check them, so that a plan stored
// before these rules stays readable and editable; Doc.Apply refuses an edit that brings a
// new one, and the importers refuse a plan that has any.
func (p *Plan) Impossible(today Date) error {
	c := newChecker()
	if ours, ok := p.Wallet.ShareOfWallet(); ok {
		if theirs := p.Wallet.CompetitorTotal(); ours+theirs > 100+sharesTolerance {
			c.add("wallet", "err.shares_over_wallet",
				"our share of wallet (%.0f %%) and the competitors' shares (%.0f %%) add up to more than the whole wallet", ours, theirs)
		}
	}
	for i, k := range p.Contacts {
		if err := LastContactProblem(k.Name, k.LastContact, today); err != nil {
			c.idx("contacts", i).add("last_contact", err.Key, "%s", err.Msg)
		}
	}
	for i, r := range p.Reviews {
		if r.Date.After(today) {
			c.idx("reviews", i).add("date", "err.review_future", "a review is recorded once held: this day is after today")
		}
	}
	return c.out.Err()
}

// LastContactProblem refuses a last contact after today (a date not set is no problem).
func LastContactProblem(name string, last, today Date) *Error {
	if last.IsZero() || !last.After(today) {
		return nil
	}
	return Errorf(CodeInvalid, "err.last_contact_future", "the last contact with %s is after today", name)
}

// NewlyImpossible returns the problems of after that before did not have: what a change
// made impossible, leaving alone what the plan already held (by key and message, so that
// a contact moving in the list is not a new problem).
func NewlyImpossible(before, after error) error {
	was := map[[2]string]bool{}
	if ps, ok := before.(Problems); ok {
		for _, p := range ps {
			was[[2]string{p.Key, p.Msg}] = true
		}
	}
	ps, _ := after.(Problems)
	var out Problems
	for _, p := range ps {
		if !was[[2]string{p.Key, p.Msg}] {
			out = append(out, p)
		}
	}
	return out.Err()
}
