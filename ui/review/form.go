package review

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/review"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// recordForm is the form of a review being recorded.
type recordForm struct {
	h         Host
	loc       locale.Locale
	fd        *form.Dialog
	date      *form.Entry
	members   picks
	contacts  picks
	statuses  []*widget.RadioGroup // one per objective of the plan, in its order
	comments  []*form.Entry
	kpis      []*form.Entry   // one per KPI of the plan, in its order
	kpiMsgs   []*widget.Label // beside each KPI's entry: why its value is refused
	decisions *form.Entry
	actions   []*actionRow
}

// ShowForm opens the form that records a review held today (the day can be changed); Save
// adds the review and its new actions to the plan as one edit.
func ShowForm(h Host) *form.Dialog {
	env := h.Env()
	loc := locOf(h)
	f := &recordForm{h: h, loc: loc, fd: form.NewDialog(env.Host), date: form.NewEntry(env.Host, loc.Day(env.Today())),
		decisions: form.NewMultiEntry(env.Host, "")}
	f.date.SetPlaceHolder(loc.T("editor.date_format"))
	f.decisions.SetPlaceHolder(loc.T("review.decisions.hint"))
	f.decisions.SetMinRowsVisible(3)
	f.members = newPicks(env.Account.Team, func(m domain.TeamMember) (string, string) { return m.ID, m.Name })
	f.contacts = newPicks(env.Plan.Contacts, func(c domain.Contact) (string, string) { return c.ID, c.Name })
	f.members.onTick(f.saysSomething)
	f.contacts.onTick(f.saysSomething)
	changes := widget.NewAccordion(widget.NewAccordionItem(loc.T("review.changes"), ChangesView(h)))
	f.fd.Add("changes", "", changes, nil)
	f.fd.Add("date", "review.date", form.WithCalendar(env.Host, f.date, nil), f.checkDate)
	f.fd.Add("member_ids", "review.our_team", f.members.view, nil)
	f.fd.Add("contact_ids", "review.client_side", f.contacts.view, nil)
	f.fd.Add("objectives", "review.objectives", f.objectiveRows(), nil)
	f.fd.Add("kpi_values", "review.kpis", f.kpiRows(), nil)
	f.fd.CheckBeside("kpi_values", f.checkKPIs)
	f.fd.Add("decisions", "review.pdf.decisions", f.decisions, nil)
	add := widget.NewButtonWithIcon(loc.T("review.add_action"), theme.ContentAddIcon(), f.addAction)
	f.fd.Add("actions", "review.new_actions", container.NewHBox(add), nil)
	f.fd.Show(loc.T("review.record"), nil, fyne.NewSize(820, 720), f.save)
	return f.fd
}

func (f *recordForm) checkDate() error {
	d, err := f.loc.ParseDay(f.date.Text)
	if err == nil && d.IsZero() {
		return f.problem("err.required")
	}
	return err
}

// objectiveRows are the plan's objectives, each with its status and a comment.
func (f *recordForm) objectiveRows() fyne.CanvasObject {
	box := container.NewVBox()
	labels := []string{}
	for _, s := range domain.ReviewStatuses {
		labels = append(labels, f.loc.T("review.status."+string(s)))
	}
	for _, o := range f.h.Env().Plan.Objectives {
		status := widget.NewRadioGroup(labels, func(string) { f.saysSomething() })
		status.Horizontal = true
		comment := form.NewEntry(f.h.Env().Host, "")
		comment.SetPlaceHolder(f.loc.T("review.comment.hint"))
		f.statuses, f.comments = append(f.statuses, status), append(f.comments, comment)
		statement := widget.NewLabelWithStyle(forms.Shorten(o.Statement, 110), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		statement.Wrapping = fyne.TextWrapWord
		box.Add(container.NewVBox(statement, container.NewBorder(nil, nil, status, nil, comment)))
	}
	if len(f.statuses) == 0 {
		box.Add(form.Wrapped(f.loc.T("review.objectives.none")))
	}
	return box
}

// kpiRows are the plan's KPIs, each named above the value captured today (blank: not
// captured) with its unit beside it and, beyond, why the value is refused: on the same line,
// so that saying so moves nothing below.
func (f *recordForm) kpiRows() fyne.CanvasObject {
	rows := container.NewVBox()
	for _, k := range f.h.Env().Plan.KPIs {
		en := form.NewEntry(f.h.Env().Host, "")
		msg := form.DangerLabel()
		msg.Wrapping, msg.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
		f.kpis, f.kpiMsgs = append(f.kpis, en), append(f.kpiMsgs, msg)
		value := container.NewHBox(container.New(&form.FixedWidth{Width: 140}, en), widget.NewLabel(k.Unit))
		name := widget.NewLabelWithStyle(forms.Shorten(k.Name, 110), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		name.Truncation = fyne.TextTruncateEllipsis
		rows.Add(container.NewVBox(name, container.NewBorder(nil, nil, value, nil, msg)))
	}
	if len(f.kpis) == 0 {
		return form.Wrapped(f.loc.T("review.kpis.none"))
	}
	return rows
}

// checkKPIs says beside each KPI a value that is not a number in the interface's writing
// ("12," or "1.2.3"), all of them at once, and refuses the first.
func (f *recordForm) checkKPIs() error {
	var first error
	for i, en := range f.kpis {
		var err error
		if strings.TrimSpace(en.Text) != "" {
			_, err = f.loc.ParseNumber(en.Text)
		}
		form.SetMessage(f.kpiMsgs[i], nil)
		if err != nil { // short: the example must not be cut beside a long unit
			form.SetMessage(f.kpiMsgs[i], f.problem("review.err.kpi_number", f.loc.Number(1250.5, 1)))
		}
		if first == nil && err != nil {
			first = fmt.Errorf("%s: %s", f.h.Env().Plan.KPIs[i].Name, lowerFirst(err.Error()))
		}
	}
	return first
}

// save records the review as the form says it, with its new actions, as one edit; a review
// with nobody taking part and no objective's status says nothing and is refused.
func (f *recordForm) save() error {
	r, actions := f.read()
	if len(r.MemberIDs)+len(r.ContactIDs)+len(r.Objectives) == 0 { // said under the first thing to tick
		return domain.Problems{{Path: "member_ids", Key: "review.err.empty"}}
	}
	return f.h.Apply(review.Record(r, actions))
}

// saysSomething takes back the refusal of an empty review once someone is ticked or a status chosen.
func (f *recordForm) saysSomething() {
	if msg := f.fd.Msgs["member_ids"]; msg != nil && msg.Text == f.loc.T("review.err.empty") {
		form.SetMessage(msg, nil)
	}
}

// lowerFirst puts a message's first letter in lower case, to follow a colon.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// problem is a field's problem in the interface's language.
func (f *recordForm) problem(key string, args ...any) error {
	return errors.New(f.loc.T(key, args...))
}
