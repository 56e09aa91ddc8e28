package editor

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/chart"
	"kamplan/ui/picture"
)

func actionsPageParts(t *testing.T, page fyne.CanvasObject) (*picture.ActionTimeline, *widget.Select, *widget.List) {
	t.Helper()
	var tl *picture.ActionTimeline
	var sel *widget.Select
	var list *widget.List
	walk(page, func(c fyne.CanvasObject) {
		switch x := c.(type) {
		case *picture.ActionTimeline:
			tl = x
		case *widget.Select:
			sel = x
		case *widget.List:
			list = x
		}
	})
	if tl == nil || sel == nil || list == nil {
		t.Fatal("the actions page lacks its timeline, sort or list")
	}
	return tl, sel, list
}

// listed is the order of the action ids the list and the timeline show.
func listedOwners(e *Editor, tl *picture.ActionTimeline) []string {
	var owners []string
	for _, r := range tl.Layout().Rows {
		owners = append(owners, strings.ToLower(e.plan.FindAction(r.ActionID).Owner))
	}
	return owners
}

// Sorting by owner orders the timeline and the list, the choice survives an edit made from
// the timeline (a tap on a bar opens its action), and the edit reaches the store.
func TestActionsSortByOwnerAndTapABarOpensTheAction(t *testing.T) {
	a, e := openSample(t, "en")
	a.win.Resize(fyne.NewSize(1366, 768))
	page := e.actionsPage()
	tl, sel, _ := actionsPageParts(t, page)
	sel.SetSelectedIndex(int(chart.SortByOwner))
	owners := listedOwners(e, tl)
	if len(owners) == 0 || !slices.IsSortedFunc(owners, func(x, y string) int {
		if (x == "") != (y == "") {
			return map[bool]int{true: 1, false: -1}[x == ""]
		}
		return strings.Compare(x, y)
	}) {
		t.Fatalf("not sorted by owner: %v", owners)
	}
	row := tl.Layout().Rows[2]
	c := row.Bar.Center()
	test.TapAt(tl, fyne.NewPos(float32(c.X), float32(c.Y)))
	fd := topDialog(t, a)
	if !fd.IsOpen() {
		t.Fatal("a tap on a bar opened nothing")
	}
	setEntry(t, fd.Form.Items[0].Widget, "Renamed from the timeline")
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("the action was not saved: %s", fd.General.Text)
	}
	if got := storedPlan(t, a, e.plan.ID).FindAction(row.ActionID); got == nil || got.Title != "Renamed from the timeline" {
		t.Fatalf("stored %+v", got)
	}
	if sel.SelectedIndex() != int(chart.SortByOwner) || !slices.Equal(listedOwners(e, tl), owners) {
		t.Errorf("the sort changed after an edit: %v", listedOwners(e, tl))
	}
	if again, _, _ := actionsPageParts(t, e.actionsPage()); again.Layout().Total != len(e.plan.Actions) || !slices.Equal(listedOwners(e, again), owners) {
		t.Error("a rebuilt page forgot the sort")
	}
}

// The timeline shows a page of rows and counts the rest; "Show more" shows them.
func TestTimelineShowMoreCountsEveryAction(t *testing.T) {
	_, e := openSample(t, "es")
	page := e.actionsPage()
	tl, _, _ := actionsPageParts(t, page)
	n := len(e.plan.Actions)
	if got := tl.Layout(); len(got.Rows) != timelineRows || got.More != n-timelineRows || got.MoreLabel != nil { // the button, not a note, counts the rest
		t.Fatalf("%d rows, %d more of %d", len(got.Rows), got.More, n)
	}
	for tl.Layout().More > 0 {
		tapButton(t, page, e.tr("plancharts.show_more", min(tl.Layout().More, 2*timelineRows)))
	}
	if len(tl.Layout().Rows) != n {
		t.Errorf("%d of %d rows after showing all", len(tl.Layout().Rows), n)
	}
}
