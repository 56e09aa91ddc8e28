package teamsync

import (
	"context"
	"errors"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/zalando/go-keyring"

	"kamplan/domain"
	"kamplan/storage/remote"
	"kamplan/storage/replica"
	"kamplan/ui/form"
	"kamplan/ui/shell"
)

// The team server, as the person set it at this computer: its address and their user name.
// The password is never in the preferences nor in a database: it comes from the user's
// .pgpass file (the PostgreSQL driver reads it), or it is entered once and kept in the
// operating system's credential store.
const (
	PrefURL  = "team.url"
	PrefUser = "team.user"
)

// credentialService names the app's entries in the operating system's credential store.
const credentialService = "KAM Planner team server"

// splitUser is an address without its user and password, and the user it named.
func splitUser(address string) (string, string) {
	u, err := url.Parse(address)
	if err != nil || u.User == nil {
		return address, ""
	}
	user := u.User.Username()
	u.User = nil
	return u.String(), user
}

// credentialKey names a password in the credential store: the user at the server.
func credentialKey(address, user string) string {
	if u, err := url.Parse(address); err == nil {
		if user == "" && u.User != nil {
			user = u.User.Username()
		}
		u.User = nil
		address = u.String()
	}
	return user + " " + address
}

// Password is the password kept for a user of a server; "" when none is.
func Password(address, user string) string {
	pw, err := keyring.Get(credentialService, credentialKey(address, user))
	if err != nil {
		return ""
	}
	return pw
}

// Opener connects to the team store at address as user, with the password kept for them.
func Opener(address, user string) OpenFunc {
	withUser := remote.WithUser(address, user)
	return func(ctx context.Context) (replica.Store, error) {
		return remote.Open(ctx, remote.WithPassword(withUser, Password(address, user)))
	}
}

// Address is the team store the preferences name, with the user; "" when none.
func Address(prefs fyne.Preferences) string {
	address := strings.TrimSpace(prefs.String(PrefURL))
	if address == "" {
		return ""
	}
	return remote.WithUser(address, prefs.String(PrefUser))
}

// ServerSection is Settings' "Team server": the address, the user, the password to keep,
// and where the local copy of the team's plans is.
type ServerSection struct {
	sh                shell.Shell
	url, user, secret *widget.Entry
	copyPath          string
}

// NewServerSection edits the team server of the preferences; inUse is the team store the
// app works on (from --db, shown when the preferences name none) and copyPath its local
// copy, both "" when the app works on a database of its own.
func NewServerSection(sh shell.Shell, inUse, copyPath string) *ServerSection {
	s := &ServerSection{sh: sh, url: widget.NewEntry(), user: widget.NewEntry(), secret: widget.NewPasswordEntry(), copyPath: copyPath}
	loc := sh.Locale()
	address, user := sh.Preferences().String(PrefURL), sh.Preferences().String(PrefUser)
	if address == "" && inUse != "" {
		address, user = splitUser(inUse)
	}
	s.url.SetText(address)
	s.url.SetPlaceHolder("postgres://db.example.com/kamplan?sslmode=verify-full")
	s.user.SetText(user)
	s.secret.SetPlaceHolder(loc.T("team.password_hint"))
	if address != "" && Password(address, user) != "" {
		s.secret.SetPlaceHolder(loc.T("team.password_kept"))
	}
	return s
}

// Title is the section's heading.
func (s *ServerSection) Title() string { return s.sh.Locale().T("team.server") }

// Items are the section's fields.
func (s *ServerSection) Items() []*widget.FormItem {
	loc := s.sh.Locale()
	where := loc.T("team.no_copy")
	if s.copyPath != "" {
		where = s.copyPath
	}
	note := form.Wrapped(loc.T("team.server_note"))
	return []*widget.FormItem{
		widget.NewFormItem(loc.T("team.url"), s.url),
		widget.NewFormItem(loc.T("team.user"), s.user),
		widget.NewFormItem(loc.T("team.password"), s.secret),
		widget.NewFormItem(loc.T("team.local_copy"), widget.NewLabel(where)),
		widget.NewFormItem("", note),
	}
}

// Save keeps the address and the user in the preferences and a password entered in the
// credential store; an address that is not one is refused.
func (s *ServerSection) Save() error {
	address, user := strings.TrimSpace(s.url.Text), strings.TrimSpace(s.user.Text)
	if address != "" && !remote.IsAddress(address) {
		return domain.Errorf(domain.CodeInvalid, "team.bad_url", "%s is not the address of a team server (postgres://server/database)", address)
	}
	if s.secret.Text != "" {
		if err := keyring.Set(credentialService, credentialKey(address, user), s.secret.Text); err != nil {
			return keyringError(err)
		}
	}
	s.sh.Preferences().SetString(PrefURL, address)
	s.sh.Preferences().SetString(PrefUser, user)
	return nil
}

func keyringError(err error) error {
	if errors.Is(err, keyring.ErrUnsupportedPlatform) {
		err = errors.New("no credential store on this system")
	}
	return domain.Errorf(domain.CodeInternal, "team.keyring_failed",
		"the password could not be kept in the system's credential store (%v): put it in your .pgpass file instead", err)
}
