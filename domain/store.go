package domain

import "context"

// Settings are the user's document defaults and the portfolio's scoring, kept in the database.
type Settings struct {
	CompanyName    string   `json:"company_name,omitempty"`
	Logo           []byte   `json:"logo,omitempty"`   // PNG or JPEG
	Accent         string   `json:"accent,omitempty"` // #RRGGBB
	Paper          string   `json:"paper,omitempty"`  // a4 or letter
	DocLanguage    string   `json:"doc_language,omitempty"`
	DocTheme       string   `json:"doc_theme,omitempty"` // modern (none), classic or sober: see DocThemes
	Factors        []Factor `json:"factors,omitempty"`   // portfolio attractiveness factors
	Cutoff         float64  `json:"cutoff,omitempty"`
	StrengthOnLeft bool     `json:"strength_on_left,omitempty"` // McDonald's orientation
	// Stages are the open stages of the sales process, in order (none: package domain/pipeline's defaults).
	Stages []SalesStage `json:"stages,omitempty"`
	// Coverage is how many times the weighted pipeline should cover an objective's gap (0: 3).
	Coverage float64 `json:"coverage,omitempty"`
	// Version is the store's revision of these settings, 0 while nothing was ever saved
	// (see Plan.Version).
	Version int64 `json:"-"`
}

// DocThemes are the looks of the PDF a company chooses among (package ui/pdf/theme); the
// first is the default.
var DocThemes = []string{"modern", "classic", "sober"}

// DefaultSettings are used where nothing was set.
func DefaultSettings() Settings {
	return Settings{Accent: "#1F5FAF", Paper: "a4", DocLanguage: "es",
		Factors: DefaultAttractivenessFactors(), Cutoff: DefaultCutoff}
}

// PlanSummary is one line of the portfolio: an account with one of its plans.
type PlanSummary struct {
	AccountID    string
	AccountName  string
	Tier         Tier
	Owner        string
	Industry     string
	PlanID       string
	Period       string
	Currency     string
	Potential    int64
	Revenue      int64
	Position     Position
	NextDeadline Date
	// The pipeline (package domain/pipeline): open value, weighted, won, the objectives' gap.
	Pipeline, Weighted, Won, Gap int64
	Health                       int // the plan health score (domain/health) when last saved; −1 not scored yet
	// NextReview is when the plan's next review is due (package domain/review's Next), kept
	// on every save; zero while no review is recorded or the cadence is ad hoc.
	NextReview Date
}

// LatestPlans keeps each account's newest plan of a portfolio (Store.Portfolio lists an
// account's plans newest first).
func LatestPlans(rows []PlanSummary) []PlanSummary {
	seen := map[string]bool{}
	var out []PlanSummary
	for _, r := range rows {
		if !seen[r.AccountID] {
			seen[r.AccountID] = true
			out = append(out, r)
		}
	}
	return out
}

// PlanAction is an action with the plan it belongs to.
type PlanAction struct {
	PlanID string
	Action Action
}

// ShareOfWallet of the summarised plan.
func (s PlanSummary) ShareOfWallet() (float64, bool) { return ShareOfWallet(s.Revenue, s.Potential) }

// Store is what the interface needs of the local database. Every method runs in one short
// transaction; errors are *Error (not found, conflict, invalid) or Problems. The plans'
// history — saving edits with their journal, the journal, the snapshots — is the store's
// too, as package domain/history describes it (history.Store).
type Store interface {
	// Portfolio lists every account with each of its plans, newest period first within an account.
	Portfolio(ctx context.Context) ([]PlanSummary, error)
	Account(ctx context.Context, id string) (*Account, error)
	AccountByName(ctx context.Context, name string) (*Account, error)
	// CreateAccount stores a new account with an empty first plan for period.
	CreateAccount(ctx context.Context, a *Account, period string) (*Plan, error)
	SaveAccount(ctx context.Context, a *Account) error
	DeleteAccount(ctx context.Context, id string) error
	// ActionsDue lists the open actions of the given plans due by until, overdue ones
	// included, without loading the plans.
	ActionsDue(ctx context.Context, planIDs []string, until Date) ([]PlanAction, error)
	// LoadPlan returns a whole plan, with the portfolio's attractiveness factors filled in.
	LoadPlan(ctx context.Context, planID string) (*Plan, error)
	// SavePlan validates the plan (unless Doc.Apply did, see Plan.TakeValidated) and writes
	// only what changed since it was loaded or last saved. When another writer saved the plan after p.Version, nothing is written and
	// the error is a CodeConflict for which IsStale holds: load the plan again to see
	// theirs. On success p.Version is the new version. SaveAccount and SaveSettings
	// follow the same protocol.
	SavePlan(ctx context.Context, p *Plan) error
	DeletePlan(ctx context.Context, planID string) error
	// RollForward copies a plan into a new period of the same account and returns the copy.
	RollForward(ctx context.Context, planID, period string) (*Plan, error)
	Settings(ctx context.Context) (Settings, error)
	SaveSettings(ctx context.Context, s *Settings) error
	// Backup writes a consistent copy of the database to path.
	Backup(ctx context.Context, path string) error
	Close() error
}
