// Package posixlocale removes the "C" and "POSIX" locale from the environment at start-up.
// They mean "no locale", but the GUI toolkit logs an error for them when it initialises,
// which would pollute the output of every command-line verb. It imports only syscall, so
// the language rules of package initialisation run it before the toolkit.
package posixlocale

import "syscall"

func init() {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := syscall.Getenv(v); ok && isPOSIX(l) {
			_ = syscall.Unsetenv(v)
		}
	}
}

func isPOSIX(l string) bool {
	for i := 0; i < len(l); i++ {
		if l[i] == '.' || l[i] == '@' {
			l = l[:i]
			break
		}
	}
	return l == "C" || l == "POSIX"
}
