package main

import (
	"bytes"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/release"
	"kamplan/ui/cli"
)

// kamplan version pays for no part of the desktop app: no font and no catalogue is read (they
// are read when the window or a message first needs them).
func TestVersionLoadsNothingOfTheApp(t *testing.T) {
	var out, errs bytes.Buffer
	desktop := func(string) error { t.Fatal("the desktop app was started"); return nil }
	if code := cli.Run([]string{"version"}, &out, &errs, desktop); code != 0 || !strings.Contains(out.String(), release.Version) {
		t.Fatalf("kamplan version: %d %q %q", code, out.String(), errs.String())
	}
	if n := assets.Loads(); n != 0 {
		t.Fatalf("kamplan version read %d fonts or catalogues", n)
	}
}
