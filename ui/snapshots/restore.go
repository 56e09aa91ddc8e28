package snapshots

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain/history"
	"kamplan/storage/atomicfile"
	"kamplan/ui/form"
)

// restoreAt asks, then makes the i-th snapshot's plan the current plan: one edit of the
// open plan, saved with the others and undone by Ctrl+Z; the account stays as it is.
func (s *Screen) restoreAt(i int) {
	info := s.kept[i]
	ask := form.Wrapped(s.tr("snapshots.restore.ask", Label(s.loc, info), When(s.loc, info)))
	d := dialog.NewCustomConfirm(s.tr("snapshots.restore.title"), s.tr("snapshots.restore.yes"), s.tr("dialog.cancel"),
		ask, func(yes bool) {
			if yes {
				s.restore(info)
			}
		}, s.sh.Window())
	d.Resize(form.FitWindow(s.sh.Window(), fyne.NewSize(560, 300)))
	s.sh.ShowDialog(d, nil)
}

// restore applies the restore of a snapshot, saves it and shows the plan.
func (s *Screen) restore(info history.SnapshotInfo) {
	snap, err := s.sh.Store().Snapshots().Read(s.sh.Context(), info.ID)
	if err != nil {
		s.sh.ShowError(err)
		return
	}
	if err := s.plan.Apply(history.RestoreEdit(*snap)); err != nil {
		s.sh.ShowError(err)
		return
	}
	s.plan.Flush()
	s.act.Back()
	s.sh.Notify(s.tr("snapshots.restored", Label(s.loc, info)))
}

// exportAt asks for a file and writes the i-th snapshot there as a plan file, which can come
// back edited and be merged.
func (s *Screen) exportAt(i int) {
	info := s.kept[i]
	name := safeFileName(s.plan.Account().Name+" "+s.plan.Plan().Period+" "+Label(s.loc, info)+" "+info.At.Local().Format("2006-01-02")) + ".json"
	s.act.ChooseFile(name, func(path string) {
		s.sh.Run(s.loc.Title("snapshots.export"), false, func(func(float64)) error {
			data, err := s.act.PlanFile(info.ID)
			if err != nil {
				return err
			}
			return atomicfile.WriteBytes(path, data)
		}, func(err error) {
			if err != nil {
				s.sh.ShowError(err)
				return
			}
			s.sh.Notify(s.tr("app.status.exported", path))
		})
	})
}

// safeFileName replaces the characters a file name cannot hold on some system.
func safeFileName(name string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, name)
}
