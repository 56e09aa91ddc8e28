package snapshots

import (
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/shell"
)

// SinceChoice is the PDF export's choice of the snapshot whose changes since the internal
// edition lists ("What changed since the last review"): none, or one of the plan's
// snapshots; the newest sign-off is chosen at first, as on the command line.
type SinceChoice struct {
	Select *widget.Select
	sh     shell.Shell
	kept   []history.SnapshotInfo
}

// NewSinceChoice is the choice among a plan's snapshots.
func NewSinceChoice(sh shell.Shell, planID string) (*SinceChoice, error) {
	kept, err := Kept(sh, planID)
	loc := sh.Locale()
	options := []string{loc.T("export.since.none")}
	chosen := 0
	for i, info := range kept {
		options = append(options, loc.T("export.since.snapshot", Label(loc, info), When(loc, info)))
		if chosen == 0 && info.Kind == history.SnapshotSignOff {
			chosen = i + 1
		}
	}
	c := &SinceChoice{Select: widget.NewSelect(options, nil), sh: sh, kept: kept}
	c.Select.SetSelectedIndex(chosen)
	return c, err
}

// Snapshot is the snapshot chosen, with its content; nil when none is.
func (c *SinceChoice) Snapshot() (*history.Snapshot, error) {
	i := c.Select.SelectedIndex()
	if i <= 0 || i > len(c.kept) || c.Select.Disabled() {
		return nil, nil
	}
	return c.sh.Store().Snapshots().Read(c.sh.Context(), c.kept[i-1].ID)
}
