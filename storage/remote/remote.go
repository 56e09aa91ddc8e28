// Package remote opens a team's store by its address, for the laptop's database to sync
// with (package storage/replica). A store package registers the schemes it serves: the
// PostgreSQL store registers postgres:// and postgresql:// when it is built in; this package
// serves file:PATH, a SQLite file used as a team store (a shared folder, tests, a demo).
package remote

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/storage/replica"
)

// Opener opens the store at an address of its scheme.
type Opener func(ctx context.Context, address string) (replica.Store, error)

// Notifier is what a team store that says when someone saved (PostgreSQL's LISTEN/NOTIFY)
// offers: a signal after every change a colleague saves. A store without it is polled.
type Notifier interface {
	Changes() <-chan struct{}
}

var (
	mu      sync.Mutex
	openers = map[string]Opener{"file": openFile}
)

// Register makes Open serve a scheme ("postgres").
func Register(scheme string, open Opener) {
	mu.Lock()
	defer mu.Unlock()
	openers[strings.ToLower(scheme)] = open
}

// IsAddress reports whether a --db argument names a team store rather than a local file:
// a URL (scheme://…) or file:PATH.
func IsAddress(db string) bool {
	s, _, ok := strings.Cut(db, ":")
	return ok && len(s) > 1 && (strings.HasPrefix(db, s+"://") || strings.EqualFold(s, "file")) && !strings.ContainsAny(s, `/\`)
}

// Open opens the team store at address.
func Open(ctx context.Context, address string) (replica.Store, error) {
	scheme, _, _ := strings.Cut(address, ":")
	mu.Lock()
	open := openers[strings.ToLower(scheme)]
	mu.Unlock()
	if open == nil {
		return nil, domain.Errorf(domain.CodeInvalid, "team.no_scheme",
			"this build of KAM Planner cannot reach a team store at %s (it knows %s)", Redacted(address), strings.Join(schemes(), ", "))
	}
	return open(ctx, address)
}

func schemes() []string {
	mu.Lock()
	defer mu.Unlock()
	var out []string
	for s := range openers {
		out = append(out, s+":")
	}
	sort.Strings(out)
	return out
}

// openFile opens file:PATH (or file:///PATH) as a team store: a SQLite database left empty
// when new.
func openFile(_ context.Context, address string) (replica.Store, error) {
	path := strings.TrimPrefix(address[len("file:"):], "//")
	return storage.OpenNoSeed(path)
}

// WithUser is address with user as its user name, for a URL that names none; a file:
// address has no user.
func WithUser(address, user string) string {
	u, err := url.Parse(address)
	if err != nil || user == "" || u.Scheme == "file" || u.User != nil {
		return address
	}
	u.User = url.User(user)
	return u.String()
}

// WithPassword is address with the password given, for the connection only: it is never
// shown nor kept.
func WithPassword(address, password string) string {
	u, err := url.Parse(address)
	if err != nil || password == "" || u.Scheme == "file" {
		return address
	}
	u.User = url.UserPassword(u.User.Username(), password)
	return u.String()
}

// Redacted is address without its password, fit to show and to log.
func Redacted(address string) string {
	u, err := url.Parse(address)
	if err != nil || u.User == nil {
		return address
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// LocalCopy is where the laptop keeps its copy of a team store: one file per server,
// database and user, in dir (the app's data folder).
func LocalCopy(dir, address string) string {
	name := address
	if u, err := url.Parse(address); err == nil && u.Scheme != "file" && u.Host != "" {
		name = fmt.Sprintf("%s_%s_%s", u.Host, strings.Trim(u.Path, "/"), u.User.Username())
	}
	name = strings.Trim(unsafeName.ReplaceAllString(name, "_"), "_.")
	return filepath.Join(dir, "team", name+".db")
}
