package settings

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	dprivacy "kamplan/domain/privacy"
	"kamplan/ui/privacy"
)

// privacyFields choose how long the plans' history is kept, drop what is older on demand,
// and list the people forgotten.
type privacyFields struct {
	keep    *widget.Select
	dropped *widget.Label
}

func (f *settingsForm) privacyItems() []*widget.FormItem {
	p := &f.privacy
	var names []string
	for _, y := range privacy.RetentionChoices {
		names = append(names, privacy.YearsText(f.loc, y))
	}
	p.keep = widget.NewSelect(names, nil)
	p.keep.SetSelectedIndex(max(0, slices.Index(privacy.RetentionChoices, f.sh.Preferences().Int(privacy.PrefRetentionYears))))
	p.dropped = widget.NewLabel("")
	p.dropped.Wrapping = fyne.TextWrapWord
	p.dropped.Hide()
	apply := widget.NewButton(f.loc.T("privacy.retention.apply"), f.dropOldHistory)
	return []*widget.FormItem{
		widget.NewFormItem(f.loc.T("privacy.retention"), container.NewVBox(container.NewBorder(nil, nil, nil, apply, p.keep), p.dropped)),
		widget.NewFormItem(f.loc.T("privacy.erasures"), f.erasuresView()),
	}
}

// retentionYears is the number of years chosen, 0 for ever.
func (f *settingsForm) retentionYears() int {
	return privacy.RetentionChoices[max(0, f.privacy.keep.SelectedIndex())]
}

// dropOldHistory drops now the history older than the years chosen, and says how much went.
func (f *settingsForm) dropOldHistory() {
	years := f.retentionYears()
	if years == 0 {
		f.showDropped(f.loc.T("privacy.retention.off"))
		return
	}
	var d dprivacy.Dropped
	f.sh.Run(f.loc.T("privacy.retention.apply"), false, func(func(float64)) error {
		var err error
		d, err = privacy.DropOldHistory(f.sh, years, time.Now())
		return err
	}, func(err error) {
		if err != nil {
			f.sh.ShowError(err)
			return
		}
		f.showDropped(privacy.DroppedText(f.loc, d))
	})
}

func (f *settingsForm) showDropped(text string) {
	f.privacy.dropped.SetText(text)
	f.privacy.dropped.Show()
}

// erasuresView lists the erasures made, newest first: when, by whom, where, how many records.
func (f *settingsForm) erasuresView() fyne.CanvasObject {
	log, err := f.sh.Store().Erasures(f.sh.Context())
	if err != nil || len(log) == 0 {
		return widget.NewLabel(f.loc.T("privacy.erasures.none"))
	}
	box := container.NewVBox()
	for _, e := range log {
		records := f.loc.TCount("privacy.records", e.Records, e.Records)
		box.Add(widget.NewLabel(f.loc.T("privacy.erasures.row", e.At.Local().Format(time.DateTime), e.Author, e.Account, records)))
	}
	return box
}
