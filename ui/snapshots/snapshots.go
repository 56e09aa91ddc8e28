// Package snapshots is the open plan's snapshots and comparisons: the list of the states of
// the plan kept (at each PDF export, at each sign-off, on demand), one of them opened
// read-only, exported as a plan file or restored as the current plan (one edit, undone by
// Ctrl+Z), and the comparison of any two states side by side — two snapshots, a snapshot and
// now, the plans of two periods. Also what the rest of the app asks of snapshots: taking one
// (Take), the choice of the snapshot a PDF lists the changes since (SinceChoice), and the
// snapshot kept at each sign-off (KeepSignOffs).
//
// The screens are shown instead of the editor, whose plan stays open; they reach the app
// through shell.Shell and the plan through the editor's Plan interface.
package snapshots

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// Plan is the open plan as the screens use it: the editor's.
type Plan interface {
	Account() *domain.Account
	Plan() *domain.Plan
	// Flush saves what is pending; false when something could not be saved.
	Flush() bool
	// Apply makes an edit as the editor's pages do: kept for undo, saved shortly after.
	Apply(ed domain.Edit) error
}

// Actions are what the screens ask of the app beyond the shell.
type Actions struct {
	// Back shows the plan in the editor again.
	Back func()
	// ChooseFile asks for the file to write with the app's save dialog, proposing name, then
	// runs write with its path.
	ChooseFile func(name string, write func(path string))
	// PlanFile is a snapshot as a plan file.
	PlanFile func(snapshotID string) ([]byte, error)
	// Author is who takes a snapshot.
	Author func() string
}

// Screen is the open plan's snapshots.
type Screen struct {
	sh   shell.Shell
	loc  locale.Locale
	plan Plan
	act  Actions

	kept     []history.SnapshotInfo // newest first
	selected int                    // in kept; -1 for none
	list     *widget.List
	empty    *widget.Label
	forOne   []*widget.Button // what is done with the selected snapshot
}

// New is the snapshots of the open plan, in a window of the app.
func New(sh shell.Shell, plan Plan, act Actions) *Screen {
	return &Screen{sh: sh, loc: sh.Locale(), plan: plan, act: act, selected: -1}
}

// Back shows the plan in the editor again.
func (s *Screen) Back() { s.act.Back() }

func (s *Screen) tr(key string, args ...any) string { return s.loc.T(key, args...) }

// ShowList shows the plan's snapshots, newest first.
func (s *Screen) ShowList() {
	s.list = widget.NewList(func() int { return len(s.kept) }, form.NewTwoLineRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		info := s.kept[i]
		form.SetTwoLineRow(o, Label(s.loc, info), s.facts(info), false)
	})
	s.list.OnSelected = func(i widget.ListItemID) { s.choose(i) }
	s.list.OnUnselected = func(widget.ListItemID) { s.choose(-1) }
	s.empty = widget.NewLabel(s.tr("snapshots.none"))
	take := widget.NewButtonWithIcon(s.tr("snapshots.take"), theme.ContentAddIcon(), s.Take)
	take.Importance = widget.HighImportance
	compare := widget.NewButtonWithIcon(s.tr("snapshots.compare"), theme.ContentCopyIcon(), func() { s.ShowCompare(-1) })
	s.forOne = []*widget.Button{
		widget.NewButtonWithIcon(s.tr("snapshots.open"), theme.VisibilityIcon(), func() { s.showSelected(s.ShowSnapshot) }),
		widget.NewButtonWithIcon(s.tr("snapshots.compare_now"), theme.ContentCopyIcon(), func() { s.showSelected(s.ShowCompare) }),
		widget.NewButtonWithIcon(s.tr("snapshots.export"), theme.DocumentSaveIcon(), func() { s.showSelected(s.exportAt) }),
		widget.NewButtonWithIcon(s.tr("snapshots.restore"), theme.HistoryIcon(), func() { s.showSelected(s.restoreAt) }),
	}
	intro := form.Wrapped(s.tr("snapshots.intro"))
	tools := container.New(layout.NewRowWrapLayout(), take, compare) // wraps in a narrow window
	for _, b := range s.forOne {
		tools.Add(b)
	}
	top := container.NewVBox(s.header(s.tr("snapshots.title", s.plan.Account().Name, s.plan.Plan().Period), s.tr("snapshots.back_to_plan"), s.act.Back),
		intro, tools, widget.NewSeparator())
	s.sh.Show(container.NewBorder(top, nil, nil, nil, container.NewStack(s.list, container.NewVBox(s.empty))))
	s.reload()
}

// header is a screen's top line: a way back and its title.
func (s *Screen) header(title, backText string, back func()) fyne.CanvasObject {
	label := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewButtonWithIcon(backText, theme.NavigateBackIcon(), back), nil, label)
}

// reload reads the plan's snapshots again.
func (s *Screen) reload() {
	kept, err := Kept(s.sh, s.plan.Plan().ID)
	if err != nil {
		s.sh.ShowError(err)
	}
	s.kept = kept
	if s.list == nil {
		return
	}
	s.list.UnselectAll()
	s.choose(-1)
	s.list.Refresh()
	if len(s.kept) == 0 {
		s.empty.Show()
	} else {
		s.empty.Hide()
	}
}

// choose makes a snapshot the selected one (-1 none), for the buttons that act on one.
func (s *Screen) choose(i int) {
	s.selected = i
	for _, b := range s.forOne {
		if i >= 0 {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// showSelected runs what a button does with the selected snapshot.
func (s *Screen) showSelected(do func(i int)) {
	if s.selected >= 0 && s.selected < len(s.kept) {
		do(s.selected)
	}
}

// facts is a snapshot's second line: when, why, by whom.
func (s *Screen) facts(info history.SnapshotInfo) string {
	if info.Author == "" {
		return s.tr("snapshots.row.anonymous", When(s.loc, info), s.tr("snapshots.kind."+string(info.Kind)))
	}
	return s.tr("snapshots.row", When(s.loc, info), s.tr("snapshots.kind."+string(info.Kind)), info.Author)
}
