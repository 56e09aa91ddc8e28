package csvimport

import (
	"fmt"

	"kamplan/domain"
	"kamplan/domain/pipeline"
)

// add appends the row as a new opportunity.
func (m *oppMerge) add(r OppRow, stage string) {
	d := domain.Deal{ID: domain.NewID(), Name: r.Name, CRMID: r.ID}
	d.Probability, _ = pipeline.Probability(m.stages, stage)
	m.apply(&d, r, stage)
	m.p.Opportunities = append(m.p.Opportunities, d)
	if d.CRMID != "" {
		m.byID[d.CRMID] = len(m.p.Opportunities) - 1
	}
	m.rep.add(note(r.Line, "csv.opp_added", "%s: new opportunity in %s", clip(r.Name), stage))
	m.rep.Created++
}

// update sets a matched opportunity's stage, amount, probability, close date and owner
// from the row; what the row leaves blank stays.
func (m *oppMerge) update(i int, r OppRow, stage string, by Phrase) {
	d := &m.p.Opportunities[i]
	old := *d
	if d.Stage != stage {
		*d = pipeline.MoveTo(*d, m.stages, stage, domain.Today())
	}
	if d.CRMID == "" {
		d.CRMID = r.ID
		m.byID[r.ID] = i
	}
	m.apply(d, r, stage)
	changed := changedFields(old, *d)
	if len(changed) == 0 {
		m.rep.add(note(r.Line, "csv.opp_same", "%s matches %s by %s: nothing new", clip(r.Name), clip(d.Name), by))
		m.rep.Unchanged++
		return
	}
	m.rep.add(note(r.Line, "csv.opp_updated", "%s matches %s by %s: %s updated", clip(r.Name), clip(d.Name), by, changed))
	m.rep.Updated++
}

// apply sets what the row says on d; a won deal is 100 %, a lost one 0 %, and a closed
// one closes on its close date (today without one) for the CRM's reason, or its stage.
func (m *oppMerge) apply(d *domain.Deal, r OppRow, stage string) {
	d.Stage = stage
	if r.HasAmount && m.sameCurrency(r) {
		d.Value = r.Amount
	}
	if r.HasProbability {
		d.Probability = r.Probability
	}
	if !r.Close.IsZero() {
		d.Close = r.Close
	}
	m.owner(d, r)
	if !d.Closed() {
		return
	}
	d.Probability, _ = pipeline.Probability(m.stages, stage)
	if d.ClosedOn.IsZero() || !r.Close.IsZero() {
		d.ClosedOn = r.Close
	}
	if d.ClosedOn.IsZero() {
		d.ClosedOn = domain.Today()
	}
	if d.Reason == "" {
		d.Reason = m.reason(r)
	}
}

func (m *oppMerge) reason(r OppRow) string {
	if r.Reason != "" {
		return r.Reason
	}
	what := r.Stage
	if what == "" {
		what = r.Status
	}
	return fmt.Sprintf("%s (%s)", what, m.crm)
}

// sameCurrency reports whether a row's amount is in the plan's currency (or names none).
func (m *oppMerge) sameCurrency(r OppRow) bool {
	if r.Currency == "" || m.p.Currency == "" || r.Currency == m.p.Currency {
		return true
	}
	m.rep.add(note(r.Line, "csv.opp_currency", "%s: the amount is in %s, the plan in %s: amount left out", clip(r.Name), r.Currency, m.p.Currency))
	return false
}

// owner makes the team member the CRM names (case aside) the deal's owner; a name the
// team does not have leaves the owner as it was, with a note.
func (m *oppMerge) owner(d *domain.Deal, r OppRow) {
	if r.Owner == "" {
		return
	}
	if id, ok := m.a.MemberNamed(r.Owner); ok {
		d.OwnerID = id
		return
	}
	m.rep.add(note(r.Line, "csv.opp_unknown_owner", "%s: the owner %s is not in the account team: owner left as it was", clip(r.Name), r.Owner))
}

// changedFields names what an update changed.
func changedFields(old, now domain.Deal) Phrases {
	var out Phrases
	add := func(changed bool, f Field) {
		if changed {
			out = append(out, FieldPhrase(f))
		}
	}
	add(old.Stage != now.Stage, FieldStage)
	add(old.Value != now.Value, FieldAmount)
	add(old.Probability != now.Probability, FieldProbability)
	add(old.Close != now.Close, FieldCloseDate)
	add(old.OwnerID != now.OwnerID, FieldOwner)
	add(old.CRMID != now.CRMID, FieldCRMID)
	add(old.ClosedOn != now.ClosedOn || old.Reason != now.Reason, FieldReason)
	return out
}

// clip shortens a name for a note: a 5,000-character name would fill the report.
func clip(name string) string {
	r := []rune(name)
	if len(r) <= 80 {
		return name
	}
	return string(r[:79]) + "…"
}
