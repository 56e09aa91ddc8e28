package cli

import (
	"flag"
	"strings"
)

// lowered is an option whose value is one of a few words, read whatever its case
// (--paper Letter is --paper letter).
type lowered struct{ s *string }

func (l lowered) String() string {
	if l.s == nil {
		return ""
	}
	return *l.s
}

func (l lowered) Set(v string) error {
	*l.s = strings.ToLower(v)
	return nil
}

// choice declares such an option and returns where its value is kept.
func choice(fs *flag.FlagSet, name, value, usage string) *string {
	s := value
	fs.Var(lowered{&s}, name, usage)
	return &s
}

// choiceVar is choice for a value kept at p.
func choiceVar(fs *flag.FlagSet, p *string, name, value, usage string) {
	*p = value
	fs.Var(lowered{p}, name, usage)
}
