package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/ui/chart"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
)

// coveragePage is the page of the team coverage (METHOD §5): the gaps, each opening the
// contact, above the matrix of their people × our team; a tap on a cell sets the pair's
// levels and frequency, adds the pair, or removes it.
type coveragePage struct {
	e       *Editor
	m       *picture.CoverageMatrix
	gapList *fyne.Container
	noGaps  *widget.Label
	empty   *widget.Label
	noTeam  *widget.Label
	allGaps bool // every gap listed, not only the first gapsShown
}

// gapsShown is how many gaps the page lists before a button shows the rest.
const gapsShown = 3 // the matrix stays in sight on a 768-pixel screen; a button lists the rest

func (*coveragePage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollCoverage}, shows: []domain.Coll{domain.CollContacts, domain.CollTeam}}
}

func (cv *coveragePage) build() fyne.CanvasObject {
	e := cv.e
	cv.gapList = container.NewVBox()
	cv.noGaps = form.Wrapped(e.tr("peoplemaps.coverage.no_gaps")).(*widget.Label)
	cv.empty = form.Wrapped(e.tr("peoplemaps.coverage.empty")).(*widget.Label)
	cv.noTeam = form.Wrapped(e.tr("peoplemaps.coverage.no_team")).(*widget.Label)
	cv.m = picture.NewCoverageMatrix(e.plan, func() []domain.TeamMember { return e.account.Team }, picture.CoverageText(e.loc), domain.Today())
	cv.m.OnTap = cv.tapped
	e.live(cv.update)
	cv.update()
	return container.NewVBox(heading(e.loc, "editor.coverage"), form.Wrapped(e.tr("peoplemaps.coverage.intro")), cv.empty, cv.noTeam,
		heading(e.loc, "peoplemaps.coverage.gaps"), cv.noGaps, cv.gapList, container.NewHScroll(cv.m))
}

// memberName is the name of a member of our team, or says that they left it (a pair of an
// older plan may still refer to them).
func memberName(e *Editor, id string) string {
	if m, ok := e.account.Member(id); ok {
		return m.Name
	}
	return e.tr("peoplemaps.coverage.former_member")
}

// update redraws the matrix and the gaps after any edit.
func (cv *coveragePage) update() {
	e := cv.e
	cv.m.Refresh()
	showIf(cv.empty, len(e.plan.Contacts) == 0)
	showIf(cv.noTeam, len(e.account.Team) == 0 && len(e.plan.Contacts) > 0)
	found := gaps.Of(e.plan, domain.Today())
	showIf(cv.noGaps, len(found) == 0 && len(e.plan.Contacts) > 0)
	cv.gapList.RemoveAll()
	for i, g := range found {
		if i == gapsShown && !cv.allGaps {
			break
		}
		id := g.ContactID
		b := widget.NewButtonWithIcon(gapText(e.loc, g), theme.WarningIcon(), func() { e.openContact(id) })
		b.Alignment, b.Importance = widget.ButtonAlignLeading, widget.LowImportance
		cv.gapList.Add(b)
	}
	if len(found) > gapsShown {
		label := e.tr("peoplemaps.gap.show_all", len(found))
		if cv.allGaps {
			label = e.tr("peoplemaps.gap.show_fewer")
		}
		cv.gapList.Add(widget.NewButton(label, func() { cv.allGaps = !cv.allGaps; cv.update() }))
	}
	cv.gapList.Refresh()
}

// gapText says one gap in the interface language.
func gapText(loc locale.Locale, g gaps.Gap) string {
	if g.Kind == gaps.NotMet {
		return loc.TCount("peoplemaps.gap.not_met", g.Days, g.Name, g.Days)
	}
	return loc.T("peoplemaps.gap."+string(g.Kind), g.Name)
}

// tapped opens a pair's dialog, or the contact of a row.
func (cv *coveragePage) tapped(hit chart.CoverageHit) {
	switch hit.Kind {
	case chart.CoverageHitCell:
		cv.dialog(hit.ContactID, hit.MemberID)
	case chart.CoverageHitPerson:
		cv.e.openContact(hit.ContactID)
	}
}

// dialog sets how well a member knows a person now, the target and how often they meet; a
// pair that does not exist yet is added on Save, an existing one can be removed.
func (cv *coveragePage) dialog(contactID, memberID string) *form.Dialog {
	e := cv.e
	k := e.plan.FindContact(contactID)
	if k == nil {
		return nil
	}
	pair, exists := e.plan.PairOf(memberID, contactID)
	if _, inTeam := e.account.Member(memberID); !exists && !inTeam {
		return nil // a former member's column: their pairs can be removed, never added
	}
	if !exists {
		pair = domain.Coverage{ID: domain.NewID(), MemberID: memberID, ContactID: contactID,
			RelNow: domain.RelWeak, RelTarget: domain.RelWorking, Frequency: domain.CadenceMonthly}
	}
	fd := form.NewDialog(e.sh)
	now := form.SelectOf(forms.Labels(e.loc, "rel.%d", 0, 4), pair.RelNow)
	target := form.SelectOf(forms.Labels(e.loc, "rel.%d", 0, 4), pair.RelTarget)
	freq := form.SelectOf(cadenceLabels(e.loc), slices.Index(domain.Cadences, pair.Frequency))
	fd.Add("rel_now", "field.rel_now", now, nil)
	fd.Add("rel_target", "field.rel_target", target, nil)
	fd.Add("frequency", "field.frequency", freq, nil)
	title := e.tr("peoplemaps.coverage.pair", memberName(e, memberID), k.Name)
	var extra fyne.CanvasObject
	if exists {
		fd.AddDelete(title, func() error {
			return e.applyThen(domain.RemoveItem{Coll: domain.CollCoverage, ID: pair.ID}, e.refresh)
		})
	} else {
		extra = form.Wrapped(e.tr("peoplemaps.coverage.new_pair"))
	}
	fd.Show(title, extra, fyne.NewSize(520, 300), func() error {
		pair.RelNow, pair.RelTarget = max(0, now.SelectedIndex()), max(0, target.SelectedIndex())
		if i := freq.SelectedIndex(); i >= 0 {
			pair.Frequency = domain.Cadences[i]
		}
		if exists {
			return e.applyThen(domain.ReplaceItem{Coll: domain.CollCoverage, Value: pair}, e.refresh)
		}
		return e.applyThen(domain.AddItem{Coll: domain.CollCoverage, At: -1, Value: pair}, e.refresh)
	})
	return fd
}
