package release

import (
	"os"
	"regexp"
	"testing"
)

// FyneApp.toml says the version and the app id this package says.
func TestFyneAppTomlSaysTheSame(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{"Version": Version, "ID": AppID} {
		got := "(none)"
		if m := regexp.MustCompile(`(?m)^\s*` + key + `\s*=\s*"([^"]*)"\s*$`).FindSubmatch(b); m != nil {
			got = string(m[1])
		}
		if got != want {
			t.Errorf("FyneApp.toml's %s is %s, release says %s: make them one", key, got, want)
		}
	}
}

// The version is x.y.z: the Windows version resource and the file names need the three numbers.
func TestVersionIsThreeNumbers(t *testing.T) {
	if !regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`).MatchString(Version) {
		t.Fatalf("Version %q is not x.y.z", Version)
	}
}
