package domain_test

import (
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/edition"
	"kamplan/domain/pipeline"
	"kamplan/domain/summary"
)

// An action or an opportunity marked "internal only" is left out of the client edition with
// every link to it, as a contingency action is; one not marked (the default) is shared.
func TestClientEditionLeavesOutInternalActionsAndOpportunities(t *testing.T) {
	tests := []struct {
		name                  string
		internal, contingency bool
		kept                  bool
	}{
		{"shared", false, false, true},
		{"internal", true, false, false},
		{"contingency", false, true, false},
		{"internal contingency", true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := domain.MarkedPlan()
			a := domain.Action{ID: "ax", Title: "Update the competitor analysis", Status: domain.StatusNotStarted,
				ObjectiveIDs: []string{"ob1"}, Internal: tt.internal, Contingency: tt.contingency}
			p.Actions = append(p.Actions, a)
			p.Reviews[0].ActionIDs = append(p.Reviews[0].ActionIDs, "ax")
			p.Opportunities = append(p.Opportunities, domain.Deal{ID: "dx", Name: "Coils for the new line", Stage: "Propose",
				Value: 500_000_00, Probability: 50, Internal: tt.internal})
			if err := p.Validate(); err != nil {
				t.Fatal(err)
			}
			c := edition.Plan(p)
			if got := c.FindAction("ax") != nil; got != tt.kept {
				t.Errorf("action in the client edition: %v, want %v", got, tt.kept)
			}
			if got := slices.Contains(c.Reviews[0].ActionIDs, "ax"); got != tt.kept {
				t.Errorf("the review's link to the action in the client edition: %v, want %v", got, tt.kept)
			}
			kept := slices.ContainsFunc(c.Opportunities, func(d domain.Deal) bool { return d.ID == "dx" })
			if kept != (!tt.internal) {
				t.Errorf("opportunity in the client edition: %v, want %v", kept, !tt.internal)
			}
			if p.FindAction("ax").Internal != tt.internal || len(p.Opportunities) != 3 {
				t.Error("the client edition changed the plan it was given")
			}
		})
	}
}

// The client edition's pipeline counts only the shared opportunities, and keeps no link from
// a shared one to an internal objective, nor a review's link to an action it left out.
func TestClientEditionPipelineCountsOnlySharedOpportunities(t *testing.T) {
	p := domain.MarkedPlan()
	if got := pipeline.Total(p); got.Open != 1 || got.Lost == 0 {
		t.Fatalf("the marked plan's pipeline: %+v", got)
	}
	c := edition.Plan(p)
	if got := pipeline.Total(c); got != (pipeline.Sum{Open: 1}) {
		t.Errorf("client pipeline %+v, want one open opportunity and no money", got)
	}
	if got := c.Opportunities[0].ObjectiveIDs; !slices.Equal(got, []string{"ob1"}) {
		t.Errorf("the shared opportunity links %v in the client edition, want only the shared objective", got)
	}
	if got := c.Reviews[0].ActionIDs; !slices.Equal(got, []string{"a1"}) {
		t.Errorf("the review links %v in the client edition, want only the shared action", got)
	}
}

// The client edition's executive summary counts only the actions it keeps: an overdue
// action marked internal only is not among its overdue ones.
func TestClientSummaryCountsOnlySharedActions(t *testing.T) {
	p := domain.MarkedPlan()
	today := domain.NewDate(2027, 1, 10)
	for i := range p.Actions {
		p.Actions[i].Due = today.AddDays(-1)
	}
	if got := summary.Of(p, domain.DefaultCutoff, today).Overdue; got != 3 {
		t.Fatalf("the marked plan has %d overdue actions, want 3", got)
	}
	if got := summary.Of(edition.Plan(p), domain.DefaultCutoff, today).Overdue; got != 1 {
		t.Errorf("the client summary counts %d overdue actions, want the one shared", got)
	}
}
