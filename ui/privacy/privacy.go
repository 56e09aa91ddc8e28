// Package privacy is where a person's request about their data is answered in the app: the
// contact dialog's "Personal data" menu exports what the plans hold on the contact, or forgets
// them everywhere after listing every place they appear.
package privacy

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	dprivacy "kamplan/domain/privacy"
	"kamplan/storage/atomicfile"
	"kamplan/ui/form"
	"kamplan/ui/privacy/places"
	"kamplan/ui/shell"
)

// Contact is the contact a request is about, where the editor shows them.
type Contact struct {
	AccountID, PlanID string
	Name, Email       string
}

// query names the contact for the store: by e-mail when they have one, which is theirs alone.
func (c Contact) query() string {
	if strings.TrimSpace(c.Email) != "" {
		return c.Email
	}
	return c.Name
}

// menu answers a request about one contact.
type menu struct {
	sh    shell.Shell
	store dprivacy.Store
	fd    *form.Dialog
	c     Contact
	flush func() bool // saves the open plan; false when it cannot
}

// AddMenu puts the "Personal data" menu at the left of a contact dialog's buttons. flush
// saves the open plan first.
func AddMenu(fd *form.Dialog, sh shell.Shell, c Contact, flush func() bool) {
	m := &menu{sh: sh, store: sh.Store(), fd: fd, c: c, flush: flush}
	loc := sh.Locale()
	var button *widget.Button
	button = widget.NewButtonWithIcon(loc.T("privacy.menu"), theme.AccountIcon(), func() {
		items := fyne.NewMenu("",
			fyne.NewMenuItem(loc.T("privacy.export"), m.askExport),
			fyne.NewMenuItem(loc.T("privacy.forget"), m.askForget))
		widget.ShowPopUpMenuAtRelativePosition(items, sh.Window().Canvas(), fyne.NewPos(0, button.Size().Height), button)
	})
	fd.Left.Add(button)
}

// report lists the places of the contact, after saving the open plan.
func (m *menu) report() (dprivacy.Report, bool) {
	if !m.flush() {
		return dprivacy.Report{}, false
	}
	r, err := m.store.PersonReport(m.sh.Context(), m.c.AccountID, m.c.query())
	if err != nil {
		m.sh.ShowError(err)
		return r, false
	}
	return r, true
}

// placesView is the list of places, scrolling when long.
func placesView(sh shell.Shell, r dprivacy.Report, after string) fyne.CanvasObject {
	loc := sh.Locale()
	lines := places.Lines(loc, r)
	for i := range lines {
		lines[i] = "• " + lines[i]
	}
	text := widget.NewLabel(places.Summary(loc, r) + "\n" + strings.Join(lines, "\n") + "\n\n" + after)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 300))
	return scroll
}

func (m *menu) askForget() {
	r, ok := m.report()
	if !ok {
		return
	}
	loc := m.sh.Locale()
	ask := dialog.NewCustomConfirm(loc.T("privacy.forget.title", r.Name), loc.T("privacy.forget.confirm"), loc.T("dialog.cancel"),
		placesView(m.sh, r, loc.T("privacy.forget.warning")), func(ok bool) {
			if ok {
				m.forget()
			}
		}, m.sh.Window())
	ask.SetConfirmImportance(widget.DangerImportance)
	m.sh.ShowDialog(ask, nil)
}

// forget erases the contact everywhere, compacting the database behind a progress dialog,
// then shows the plan again as the store now holds it.
func (m *menu) forget() {
	m.fd.Close()
	loc := m.sh.Locale()
	var done dprivacy.Erasure
	m.sh.Run(loc.T("privacy.forget.progress"), true, func(progress func(float64)) error {
		var err error
		done, err = m.store.ForgetPerson(m.sh.Context(), m.c.AccountID, m.c.query(), progress)
		return err
	}, func(err error) {
		m.sh.OpenPlan(m.c.AccountID, m.c.PlanID, shell.PageStakeholders)
		if err != nil {
			m.sh.ShowError(err)
			return
		}
		m.sh.Notify(loc.TCount("privacy.forgotten", done.Records, done.Records))
	})
}

func (m *menu) askExport() {
	r, ok := m.report()
	if !ok {
		return
	}
	loc := m.sh.Locale()
	format := widget.NewRadioGroup([]string{"JSON", "PDF"}, nil)
	format.SetSelected("JSON")
	format.Horizontal = true
	body := container.NewBorder(format, nil, nil, nil, placesView(m.sh, r, loc.T("privacy.export.explain")))
	ask := dialog.NewCustomConfirm(loc.T("privacy.export.title", r.Name), loc.T("privacy.export.choose"), loc.T("dialog.cancel"), body,
		func(ok bool) {
			if ok {
				m.chooseFile(r, strings.ToLower(format.Selected))
			}
		}, m.sh.Window())
	m.sh.ShowDialog(ask, nil)
}

// chooseFile asks where to write the contact's file, then writes it there whole (the save
// dialog's writer is closed without a byte: Fyne's would have emptied the file first).
func (m *menu) chooseFile(r dprivacy.Report, format string) {
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			m.sh.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		m.writeFile(path, r, format)
	}, m.sh.Window())
	save.SetFileName(safeName(r.Name) + "." + format)
	m.sh.ShowDialog(save, nil)
}

func (m *menu) writeFile(path string, r dprivacy.Report, format string) {
	loc := m.sh.Locale()
	data, err := places.Export(loc, r, format, time.Now())
	if err == nil {
		err = atomicfile.WriteBytes(path, data)
	}
	if err != nil {
		m.sh.ShowError(err)
		return
	}
	m.sh.Notify(loc.T("app.status.exported", path))
}

// safeName replaces the characters a file name cannot hold on some system.
func safeName(name string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, name)
}
