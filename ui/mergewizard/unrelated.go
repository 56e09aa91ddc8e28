package mergewizard

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/storage"
	"kamplan/ui/form"
)

// unrelatedView is what can be done with a file that shares no known ancestor with the
// stored account: bring it in as a copy under another name, or let it replace the stored
// plan.
type unrelatedView struct {
	copyName *widget.Entry
	copy     *widget.Button
	replace  *widget.Button
}

// showUnrelated explains that what each side changed cannot be told apart, and offers a
// copy or a replacement. sameAccount: the file is of the stored account (the replacement is
// one edit undo takes back); else only its name is the same (the stored account is replaced).
func (w *wizard) showUnrelated(sameAccount bool) {
	v := &unrelatedView{copyName: widget.NewEntry()}
	v.copyName.SetText(w.loc.T("merge.copy_name", w.report.Account))
	v.copy = widget.NewButton(w.loc.T("merge.import_copy"), func() { w.importCopy(v.copyName.Text) })
	replace := func() { w.confirmReplace(sameAccount) }
	v.replace = widget.NewButton(w.loc.T("merge.replace"), replace)
	v.copy.Importance = widget.HighImportance
	intro := "merge.unrelated"
	if !sameAccount {
		intro = "merge.same_name"
	}
	text := w.loc.T(intro, w.name, w.report.Account) + "\n\n" + w.loc.T("merge.unrelated_choices", w.report.Account)
	copyRow := container.NewBorder(nil, nil, widget.NewLabel(w.loc.T("merge.copy_name_label")), v.copy, v.copyName)
	body := container.NewVBox(form.Wrapped(text), copyRow, container.NewHBox(v.replace))
	w.dlg = dialog.NewCustom(w.title(), w.loc.T("dialog.cancel"), body, w.sh.Window())
	w.alone = v
	w.show(w.dlg, fyne.NewSize(640, 360))
	w.showing("unrelated")
}

// importCopy brings the file in as a new account called name, and opens its plan.
func (w *wizard) importCopy(name string) {
	var f domain.PlanFile
	w.sh.Run(w.loc.T("merge.working"), false, func(func(float64)) error {
		var err error
		f, err = w.st.ImportJSONAsCopy(w.sh.Context(), w.data, strings.TrimSpace(name))
		return err
	}, func(err error) {
		if err != nil {
			w.sh.ShowError(err)
			w.finished(err)
			return
		}
		w.dlg.Hide()
		w.sh.OpenPlan(f.Account.ID, f.Plans[0].ID, "")
		w.sh.Notify(w.loc.T("merge.copied", w.name, f.Account.Name))
		w.finished(nil)
	})
}

// confirmReplace asks before the file replaces the stored plan.
func (w *wizard) confirmReplace(sameAccount bool) {
	ask, then := "merge.replace_ask", w.replaceMerge
	if !sameAccount {
		ask, then = "merge.replace_account_ask", func() { w.importFile(true) }
	}
	d := dialog.NewCustomConfirm(w.title(), w.loc.T("merge.replace_do"), w.loc.T("dialog.cancel"),
		form.Wrapped(w.loc.T(ask, w.report.Account, w.name)), func(yes bool) {
			if yes {
				then()
			}
		}, w.sh.Window())
	w.show(d, fyne.NewSize(520, 220))
}

// replaceMerge takes the file's plans whole, each as one edit of its history.
func (w *wizard) replaceMerge() {
	w.merge(storage.MergeOptions{Replace: true}, func(r storage.MergeReport, err error) {
		if err != nil {
			w.applyRefused(err)
			return
		}
		w.dlg.Hide()
		w.changed()
		w.sh.Notify(w.loc.T("merge.replaced", w.report.Account, w.name))
		w.finished(nil)
	})
}

// importFile imports the file as a new account, or in place of the stored account of the
// same name (replace).
func (w *wizard) importFile(replace bool) {
	var f domain.PlanFile
	w.sh.Run(w.loc.T("merge.working"), false, func(func(float64)) error {
		var err error
		f, err = w.st.ImportJSON(w.sh.Context(), w.data, replace)
		return err
	}, func(err error) {
		if err != nil {
			w.sh.ShowError(err)
			w.finished(err)
			return
		}
		if w.dlg != nil {
			w.dlg.Hide()
		}
		w.sh.OpenPlan(f.Account.ID, f.Plans[0].ID, "")
		w.sh.Notify(w.loc.TCount("app.status.imported", len(f.Plans), f.Account.Name, len(f.Plans)))
		w.finished(nil)
	})
}
