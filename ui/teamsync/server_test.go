package teamsync

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"kamplan/storage/remote"
	"kamplan/storage/replica"
	"kamplan/ui/form"
	"kamplan/ui/internal/uitest"
)

// The password typed in Settings goes to the system's credential store, never to the
// preferences nor to the database, and reaches the server only in the connection's address.
func TestThePasswordIsKeptInTheCredentialStoreOnly(t *testing.T) {
	keyring.MockInit()
	sh := uitest.NewShell(t, "en")
	s := NewServerSection(sh, "", "/home/ana/.config/kamplan/team/db.example.com_kamplan_ana.db")
	s.url.SetText("test://db.example.com/kamplan?sslmode=verify-full")
	s.user.SetText("ana")
	s.secret.SetText("s3cret-pw")
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	prefs := sh.Preferences()
	if prefs.String(PrefURL) != "test://db.example.com/kamplan?sslmode=verify-full" || prefs.String(PrefUser) != "ana" {
		t.Fatalf("preferences %q %q", prefs.String(PrefURL), prefs.String(PrefUser))
	}
	for _, k := range []string{PrefURL, PrefUser} {
		if strings.Contains(prefs.String(k), "s3cret") {
			t.Fatalf("the password is in the preference %s", k)
		}
	}
	if b, _ := os.ReadFile(sh.DB.Path()); strings.Contains(string(b), "s3cret") {
		t.Fatal("the password is in the database")
	}
	if again := NewServerSection(sh, "", ""); again.secret.PlaceHolder != "Kept in the credential store (type a new one to replace it)" || again.secret.Text != "" {
		t.Fatalf("Settings opened again show the password field as %q, %q", again.secret.PlaceHolder, again.secret.Text)
	}
	var reached string
	remote.Register("test", func(_ context.Context, address string) (replica.Store, error) {
		reached = address
		return nil, errors.New("test server")
	})
	_, _ = Opener(Address(prefs), prefs.String(PrefUser))(context.Background())
	if !strings.Contains(reached, "ana:s3cret-pw@db.example.com") {
		t.Fatalf("the connection's address %q lacks the user and the password kept", reached)
	}
}

func TestATeamServerAddressIsChecked(t *testing.T) {
	keyring.MockInit()
	for lang, want := range map[string]string{
		"en": "db.example.com is not the address of a team server",
		"es": "db.example.com no es la dirección de un servidor del equipo",
	} {
		sh := uitest.NewShell(t, lang)
		s := NewServerSection(sh, "", "")
		s.url.SetText("db.example.com")
		err := s.Save()
		if err == nil || !strings.HasPrefix(form.Message(sh.Locale(), err), want) {
			t.Errorf("%s: %v", lang, err)
		}
		if sh.Preferences().String(PrefURL) != "" {
			t.Errorf("%s: a refused address was kept", lang)
		}
	}
}

// Started with --db postgres://ana@…, Settings shows that server and user to keep.
func TestTheServerInUseIsShownWhenNoneIsSet(t *testing.T) {
	sh := uitest.NewShell(t, "en")
	s := NewServerSection(sh, "postgres://ana@db.example.com/kamplan", "/copy.db")
	if s.url.Text != "postgres://db.example.com/kamplan" || s.user.Text != "ana" {
		t.Fatalf("address %q, user %q", s.url.Text, s.user.Text)
	}
}
