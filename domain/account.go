package domain

// Tier is set by hand, never derived from revenue: strategic value is not financial value.
type Tier string

const (
	TierStrategic Tier = "strategic"
	TierKey       Tier = "key"
	TierOther     Tier = "other"
)

// Tiers lists the tiers in display order.
var Tiers = []Tier{TierStrategic, TierKey, TierOther}

// TeamRole is a role in our account team.
type TeamRole string

const (
	RoleDirector  TeamRole = "director"  // Key Account Director
	RoleManager   TeamRole = "manager"   // Key Account Manager
	RoleExecutive TeamRole = "executive" // Key Account Executive
)

// TeamRoles lists the team roles in display order.
var TeamRoles = []TeamRole{RoleDirector, RoleManager, RoleExecutive}

// TeamMember is a person of our side who works the account.
type TeamMember struct {
	Name string   `json:"name"`
	Role TeamRole `json:"role"`
}

// Account is a customer organisation.
type Account struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	Tier     Tier         `json:"tier"`
	Industry string       `json:"industry,omitempty"`
	Country  string       `json:"country,omitempty"`
	Size     string       `json:"size,omitempty"`
	Website  string       `json:"website,omitempty"`
	Owner    string       `json:"owner,omitempty"` // the KAM who owns the account
	Team     []TeamMember `json:"team,omitempty"`
	Notes    string       `json:"notes,omitempty"` // internal

	// Employees and AnnualRevenue are the client's own size (Size keeps what was written
	// otherwise, "50-200 employees"); 0 is not known. AnnualRevenue is in minor units of
	// RevenueCurrency (ISO 4217), or of the plan's currency when that is blank.
	Employees       int    `json:"employees,omitempty"`
	AnnualRevenue   int64  `json:"annual_revenue,omitempty"`
	RevenueCurrency string `json:"revenue_currency,omitempty"`

	// Version is the store's revision this account was read or last saved at (see Plan.Version).
	Version int64 `json:"-"`
}

func validTier(t Tier) bool {
	for _, v := range Tiers {
		if v == t {
			return true
		}
	}
	return false
}

// Validate checks the account; problems are reported under "account".
func (a *Account) Validate() error {
	c := newChecker()
	a.check(c.at("account"))
	return c.out.Err()
}

func (a *Account) check(c checker) {
	c.required("name", a.Name)
	c.maxLen("name", a.Name, 200)
	if !validTier(a.Tier) {
		c.add("tier", "err.choice", "must be one of strategic, key, other")
	}
	a.checkSize(c)
	for i, m := range a.Team {
		mc := c.idx("team", i)
		mc.required("name", m.Name)
		if m.Role != RoleDirector && m.Role != RoleManager && m.Role != RoleExecutive {
			mc.add("role", "err.choice", "must be one of director, manager, executive")
		}
	}
}

func (a *Account) checkSize(c checker) {
	if a.Employees < 0 {
		c.add("employees", "err.negative", "must not be negative")
	}
	if a.AnnualRevenue < 0 {
		c.add("annual_revenue", "err.negative", "must not be negative")
	}
	if a.RevenueCurrency != "" && !isCurrencyCode(a.RevenueCurrency) {
		c.add("revenue_currency", "err.currency", "must be a three-letter ISO code such as EUR")
	}
}
