package domain

// Plausibility rules across related figures, one place for the editor, the importers and
// the document. An impossible value is refused (Impossible); an implausible one is stored
// as typed and warned about beside its field and in the plan's warnings (FigureWarnings).

// sharesTolerance lets shares typed with one decimal add up to 100 % exactly.
const sharesTolerance = 0.0001

// Impossible returns the problems of values that cannot be true on day today, or nil: our
// share of the wallet and the competitors' shares adding up to more than the whole wallet,
// and a contact last met after today. Validate does not check them, so that a plan stored
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

// FigureWarnings are the implausible figures of the plan: the offerings' potential above the
// wallet's, the white-space map against the wallet and its open cells with more revenue than
// potential (SpaceWarnings), a target stage below the current one.
func (p *Plan) FigureWarnings() []Warning {
	var ws []Warning
	if w := p.OfferingsWarning(); w != nil {
		ws = append(ws, *w)
	}
	ws = append(ws, p.SpaceWarnings()...)
	if w := p.StageTargetWarning(); w != nil {
		ws = append(ws, *w)
	}
	return ws
}

// OfferingsWarning flags offerings whose potentials add up to more than the wallet's total
// purchase potential (the whole of what the client buys from everyone).
func (p *Plan) OfferingsWarning() *Warning {
	var sum int64
	for _, o := range p.Wallet.Offerings {
		sum += o.Potential
	}
	if sum <= p.Wallet.Potential {
		return nil
	}
	return &Warning{Key: "warn.offerings_over_wallet", Msg: "the offerings' potentials add up to more than the wallet's total purchase potential"}
}

// CellWarning flags a cell of the white-space map marked open that already brings us more
// revenue than its potential: either the status or a figure is wrong.
func (p *Plan) CellWarning(c SpaceCell) *Warning {
	if c.Status != SpaceOpen || c.Revenue <= c.Potential {
		return nil
	}
	centre, offering := cellNames(p, c)
	return &Warning{Key: "warn.open_cell_revenue", Args: []any{centre, offering},
		Msg: centre + " × " + offering + " is marked open but our revenue there is above its potential"}
}

func cellNames(p *Plan, c SpaceCell) (centre, offering string) {
	if i := centreAt(p, c.CentreID); i >= 0 {
		centre = p.Centres[i].Name
	}
	if i := offeringAt(p, c.OfferingID); i >= 0 {
		offering = p.Wallet.Offerings[i].Name
	}
	return centre, offering
}

// StageTargetWarning flags a target relationship stage below the current one.
func (p *Plan) StageTargetWarning() *Warning {
	if !p.StageNow.Valid() || !p.StageTarget.Valid() || p.StageTarget >= p.StageNow {
		return nil
	}
	return &Warning{Key: "warn.stage_target_below", Msg: "the target relationship stage is below the current one"}
}
