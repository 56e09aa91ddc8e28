package snapshots

import (
	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Kept lists the snapshots of a plan a person keeps, newest first: those of the exports, the
// sign-offs and the ones taken on demand. The states the store keeps by itself, to merge the
// plan files it writes and reads, are not among them.
func Kept(sh shell.Shell, planID string) ([]history.SnapshotInfo, error) {
	all, err := sh.Store().Snapshots().List(sh.Context(), planID)
	var out []history.SnapshotInfo
	for _, x := range all {
		if x.Kind != history.SnapshotMergeBase {
			out = append(out, x)
		}
	}
	return out, err
}

// Label is what a snapshot is called: the label it was given; for an export, its edition
// ("Internal edition"); without a label, why it was kept ("Sign-off").
func Label(loc locale.Locale, info history.SnapshotInfo) string {
	if info.Kind == history.SnapshotExport && loc.Has("edition."+info.Label) {
		return loc.T("edition." + info.Label)
	}
	if info.Label == "" {
		return loc.T("snapshots.kind." + string(info.Kind))
	}
	return info.Label
}

// When says when a snapshot was kept, in the computer's time: "Mar 14, 2027 10:32".
func When(loc locale.Locale, info history.SnapshotInfo) string {
	at := info.At.Local()
	return loc.LongDate(domain.DateOf(at)) + " " + at.Format("15:04")
}
