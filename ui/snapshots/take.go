package snapshots

import (
	"strings"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/form"
)

// Take asks for a label and keeps the plan as it is now (saved first) as a snapshot.
func (s *Screen) Take() {
	fd := form.NewDialog(s.sh)
	label := form.NewEntry(s.sh, "")
	label.SetPlaceHolder(s.tr("snapshots.take.hint"))
	fd.Add("label", "snapshots.take.label", label, nil)
	fd.Show(s.loc.Title("snapshots.take"), form.Wrapped(s.tr("snapshots.take.explain")), fyne.NewSize(520, 240), func() error {
		info, err := s.keep(history.SnapshotManual, strings.TrimSpace(label.Text))
		if err != nil {
			return err
		}
		s.sh.Notify(s.tr("snapshots.taken", Label(s.loc, info)))
		s.reload()
		return nil
	})
}

// keep saves the plan and keeps it as a snapshot of a kind.
func (s *Screen) keep(kind history.SnapshotKind, label string) (history.SnapshotInfo, error) {
	if !s.plan.Flush() {
		return history.SnapshotInfo{}, domain.Errorf(domain.CodeInvalid, "snapshots.unsaved",
			"the plan has changes that could not be saved: fix them first, then take the snapshot")
	}
	return s.sh.Store().Snapshots().Create(s.sh.Context(), s.plan.Plan().ID, kind, label, s.author())
}

func (s *Screen) author() string {
	if s.act.Author == nil {
		return ""
	}
	return s.act.Author()
}
