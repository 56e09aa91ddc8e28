package domain

import "slices"

// ReviewStatus is an objective's standing at an account review.
type ReviewStatus string

const (
	OnTrack  ReviewStatus = "on_track"
	AtRisk   ReviewStatus = "at_risk"
	OffTrack ReviewStatus = "off_track"
)

// ReviewStatuses lists the statuses in display order.
var ReviewStatuses = []ReviewStatus{OnTrack, AtRisk, OffTrack}

// Review is an account review held on Date: who took part, how each objective stands, the
// KPI values captured that day, what was decided and the actions it put in the action plan.
// Team members are the account's (a member gone since is shown as a former one).
type Review struct {
	ID         string            `json:"id"`
	Date       Date              `json:"date"`
	MemberIDs  []string          `json:"member_ids,omitempty"`
	ContactIDs []string          `json:"contact_ids,omitempty"`
	Objectives []ObjectiveReview `json:"objectives,omitempty"`
	KPIValues  []KPIValue        `json:"kpi_values,omitempty"`
	Decisions  []string          `json:"decisions,omitempty"`
	ActionIDs  []string          `json:"action_ids,omitempty"` // the actions the review created
}

// ObjectiveReview is an objective's status at a review and why.
type ObjectiveReview struct {
	ObjectiveID string       `json:"objective_id"`
	Status      ReviewStatus `json:"status"`
	Comment     string       `json:"comment,omitempty"`
}

// KPIValue is a KPI's value captured at a review.
type KPIValue struct {
	KPIID string  `json:"kpi_id"`
	Value float64 `json:"value"`
}

func (p planCheck) checkReviews(c checker) {
	for i, r := range p.Reviews {
		p.checkReview(c.idx("reviews", i), r)
	}
}

func (p planCheck) checkReview(c checker, r Review) {
	if r.Date.IsZero() {
		c.add("date", "err.required", "is required")
	}
	for j, id := range r.ContactIDs {
		if !p.hasContact(id) {
			c.add(sprintfIdx("contact_ids", j), "err.unknown_contact", "no contact with id %q", id)
		}
	}
	seen := map[string]bool{}
	for j, o := range r.Objectives {
		f := sprintfIdx("objectives", j)
		switch {
		case p.FindObjective(o.ObjectiveID) == nil:
			c.add(f, "err.unknown_objective", "no objective with id %q", o.ObjectiveID)
		case seen[o.ObjectiveID]:
			c.add(f, "err.review_status_twice", "an objective has one status per review")
		case o.Status != OnTrack && o.Status != AtRisk && o.Status != OffTrack:
			c.add(f+".status", "err.choice", "must be one of on_track, at_risk, off_track")
		}
		seen[o.ObjectiveID] = true
	}
	for j, v := range r.KPIValues {
		if p.FindKPI(v.KPIID) == nil {
			c.add(sprintfIdx("kpi_values", j), "err.unknown_kpi", "no KPI with id %q", v.KPIID)
		}
	}
	for j, id := range r.ActionIDs {
		if p.FindAction(id) == nil {
			c.add(sprintfIdx("action_ids", j), "err.unknown_action", "no action with id %q", id)
		}
	}
}

// forgetInReviews removes from the reviews a reference to the item id of c being deleted.
func forgetInReviews(p *Plan, c Coll, id string) Batch {
	return rewrite(p, CollReviews, p.Reviews, func(r *Review) bool {
		n := len(r.Objectives) + len(r.KPIValues)
		switch c {
		case CollContacts:
			return drop(&r.ContactIDs, id)
		case CollActions:
			return drop(&r.ActionIDs, id)
		case CollObjectives:
			r.Objectives = slices.DeleteFunc(slices.Clone(r.Objectives), func(o ObjectiveReview) bool { return o.ObjectiveID == id })
		case CollKPIs:
			r.KPIValues = slices.DeleteFunc(slices.Clone(r.KPIValues), func(v KPIValue) bool { return v.KPIID == id })
		}
		return len(r.Objectives)+len(r.KPIValues) != n
	})
}
