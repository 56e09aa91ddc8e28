package domain

// ActionStatus is the state of an action; Overdue is computed, never stored.
type ActionStatus string

const (
	StatusNotStarted ActionStatus = "not_started"
	StatusInProgress ActionStatus = "in_progress"
	StatusBlocked    ActionStatus = "blocked"
	StatusDone       ActionStatus = "done"
	StatusCancelled  ActionStatus = "cancelled"
)

// ActionStatuses lists the statuses in display order.
var ActionStatuses = []ActionStatus{StatusNotStarted, StatusInProgress, StatusBlocked, StatusDone, StatusCancelled}

// Action is a step of the action plan.
type Action struct {
	ID           string       `json:"id"`
	Title        string       `json:"title"`
	Owner        string       `json:"owner,omitempty"`
	ClientOwner  string       `json:"client_owner,omitempty"` // for joint actions
	ObjectiveIDs []string     `json:"objective_ids,omitempty"`
	ContactIDs   []string     `json:"contact_ids,omitempty"`
	Start        Date         `json:"start"`
	Due          Date         `json:"due"`
	Status       ActionStatus `json:"status"`
	Contingency  bool         `json:"contingency,omitempty"` // plan B: internal
	Internal     bool         `json:"internal,omitempty"`    // e.g. our own preparation
}

// Open reports whether the action still has to be done.
func (a Action) Open() bool { return a.Status != StatusDone && a.Status != StatusCancelled }

// Overdue reports whether an open action's due date is before today.
func (a Action) Overdue(today Date) bool { return a.Open() && !a.Due.IsZero() && a.Due.Before(today) }

func (p planCheck) checkAction(c checker, a Action) {
	c.required("title", a.Title)
	switch a.Status {
	case StatusNotStarted, StatusInProgress, StatusBlocked, StatusDone, StatusCancelled:
	default:
		c.add("status", "err.choice", "must be one of not_started, in_progress, blocked, done, cancelled")
	}
	if !a.Start.IsZero() && !a.Due.IsZero() && a.Due.Before(a.Start) {
		c.add("due", "err.due_before_start", "is before the start date")
	}
	if len(a.ObjectiveIDs) == 0 && !a.Contingency {
		c.add("objective_ids", "err.action_objective", "link the action to at least one objective")
	}
	for j, id := range a.ObjectiveIDs {
		if p.FindObjective(id) == nil {
			c.add(sprintfIdx("objective_ids", j), "err.unknown_objective", "no objective with id %q", id)
		}
	}
	for j, id := range a.ContactIDs {
		if !p.hasContact(id) {
			c.add(sprintfIdx("contact_ids", j), "err.unknown_contact", "no contact with id %q", id)
		}
	}
}
