package domain

import (
	"bytes"
	"errors"
	"image"
	_ "image/jpeg" // a logo may be JPEG
	_ "image/png"  // or PNG
	"slices"
	"strings"
)

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
	RoleSponsor   TeamRole = "sponsor"   // Executive sponsor
	RoleDirector  TeamRole = "director"  // Key Account Director
	RoleManager   TeamRole = "manager"   // Key Account Manager
	RoleExecutive TeamRole = "executive" // Key Account Executive
	RoleTechnical TeamRole = "technical" // technical specialist
	RoleService   TeamRole = "service"   // service and customer success
	RoleFinance   TeamRole = "finance"   // finance (pricing, credit, invoicing)
	RoleOther     TeamRole = "other"
)

// TeamRoles lists the team roles in display order.
var TeamRoles = []TeamRole{RoleSponsor, RoleDirector, RoleManager, RoleExecutive, RoleTechnical, RoleService, RoleFinance, RoleOther}

// TeamMember is a person of our side who works the account. Coverage pairs refer to a
// member by ID, so a member can be renamed without losing whom they cover.
type TeamMember struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	Role TeamRole `json:"role"`
	// Title is how the member's title is printed ("Ejecutiva de cuenta"); empty prints the role's name.
	Title string `json:"title,omitempty"`
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
	Notes    string       `json:"notes,omitempty"`  // internal
	CRMID    string       `json:"crm_id,omitempty"` // the record's id in the CRM it was imported from
	Logo     []byte       `json:"logo,omitempty"`   // the client's logo for the document's cover: PNG or JPEG

	// Employees and AnnualRevenue are the client's own size (Size keeps what was written
	// otherwise, "50-200 employees"); 0 is not known. AnnualRevenue is in minor units of
	// RevenueCurrency (ISO 4217), or of the plan's currency when that is blank.
	Employees       int    `json:"employees,omitempty"`
	AnnualRevenue   int64  `json:"annual_revenue,omitempty"`
	RevenueCurrency string `json:"revenue_currency,omitempty"`

	// Version is the store's revision this account was read or last saved at (see Plan.Version).
	Version int64 `json:"-"`
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
	if !slices.Contains(Tiers, a.Tier) {
		c.add("tier", "err.choice", "must be one of strategic, key, other")
	}
	a.checkSize(c)
	switch err := CheckLogo(a.Logo); {
	case err == nil:
	case err.Error() == "err.logo_size":
		c.add("logo", "err.logo_size", "must be at most %d KB", MaxLogoKB)
	default:
		c.add("logo", "err.logo", "must be a PNG or JPEG image")
	}
	first := map[string]string{} // member id → name of the first member with it
	for i, m := range a.Team {
		mc := c.idx("team", i)
		mc.required("name", m.Name)
		mc.maxLen("name", m.Name, 200)
		mc.maxLen("title", m.Title, 200)
		mc.required("id", m.ID)
		if name, dup := first[m.ID]; dup && m.ID != "" {
			mc.add("id", "err.duplicate_id", "repeats the id of %s", name)
		} else {
			first[m.ID] = m.Name
		}
		if !slices.Contains(TeamRoles, m.Role) {
			mc.add("role", "err.choice", "must be one of %s", roleList())
		}
	}
}

func roleList() string {
	names := make([]string, len(TeamRoles))
	for i, r := range TeamRoles {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// Member returns the team member with id; ok is false for someone no longer in the team.
func (a *Account) Member(id string) (TeamMember, bool) {
	for _, m := range a.Team {
		if m.ID == id {
			return m, true
		}
	}
	return TeamMember{}, false
}

// MemberNamed returns the id of the first team member called name, case and surrounding
// spaces aside; ok is false when nobody in the team has that name.
func (a *Account) MemberNamed(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, m := range a.Team {
		if strings.EqualFold(strings.TrimSpace(m.Name), name) {
			return m.ID, true
		}
	}
	return "", false
}

// MemberFor returns the id of the team member called name, adding a member with role
// "other" when the team has nobody of that name (a name from an older plan or a CRM).
func (a *Account) MemberFor(name string) string {
	if id, ok := a.MemberNamed(name); ok {
		return id
	}
	m := TeamMember{ID: NewID(), Name: strings.TrimSpace(name), Role: RoleOther}
	a.Team = append(a.Team, m)
	return m.ID
}

// GiveMemberIDs gives an id to every team member without one (teams written before ids).
func (a *Account) GiveMemberIDs() {
	for i := range a.Team {
		if a.Team[i].ID == "" {
			a.Team[i].ID = NewID()
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

// MaxLogoKB is the largest logo an account keeps, in kilobytes: a cover needs no more.
const MaxLogoKB = 1024

// CheckLogo says whether b is a logo an account may keep (none, or a PNG or JPEG image of
// at most MaxLogoKB); the error is the catalogue key of the message.
func CheckLogo(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	if len(b) > MaxLogoKB<<10 {
		return errors.New("err.logo_size")
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || (format != "png" && format != "jpeg") || cfg.Width == 0 || cfg.Height == 0 {
		return errors.New("err.logo")
	}
	return nil
}
