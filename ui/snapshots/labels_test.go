package snapshots

import (
	"testing"

	"kamplan/domain/history"
	"kamplan/ui/locale"
)

// A snapshot kept by an export is named by its edition in the interface language, every
// edition the command line and the app write included.
func TestEveryExportSnapshotIsNamedByItsEdition(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		loc := locale.New(lang)
		for _, ed := range []string{"internal", "client", "onepage", "onepage-client", "review", "review-client"} {
			got := Label(loc, history.SnapshotInfo{Kind: history.SnapshotExport, Label: ed})
			if got == ed || got == "" {
				t.Errorf("%s: the export of edition %q is named %q", lang, ed, got)
			}
		}
	}
}
