package editor

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/form"
	"kamplan/ui/internal/uitest"
	"kamplan/ui/pdf"
)

// busiestMember is the team member of the open plan with the most coverage pairs.
func busiestMember(t *testing.T, e *Editor) (domain.TeamMember, []domain.Coverage) {
	t.Helper()
	var best domain.TeamMember
	var pairs []domain.Coverage
	for _, m := range e.account.Team {
		var mine []domain.Coverage
		for _, c := range e.plan.Coverage {
			if c.MemberID == m.ID {
				mine = append(mine, c)
			}
		}
		if len(mine) > len(pairs) {
			best, pairs = m, mine
		}
	}
	if len(pairs) < 2 {
		t.Fatal("the sample's busiest member covers fewer than two people: the test proves nothing")
	}
	return best, pairs
}

// profileOnScreen is the Profile page as the editor shows it.
func profileOnScreen(e *Editor) fyne.CanvasObject {
	e.pages.tabs.SelectIndex(0)
	e.pages.subs[0].SelectIndex(0)
	return e.pages.tabs.Items[0].Content
}

// memberField is the name field of a team member on the Profile page.
func memberField(t *testing.T, page fyne.CanvasObject, name string) *field {
	t.Helper()
	for _, f := range fieldsOf(page) {
		if f.Label() == "Account team" && f.Text == name {
			return f
		}
	}
	t.Fatalf("no team member %q on the page", name)
	return nil
}

// memberButton is a button with an icon in the row of a member's name field.
func memberButton(t *testing.T, page fyne.CanvasObject, f *field, icon fyne.Resource) *widget.Button {
	t.Helper()
	var found *widget.Button // in the outermost container that holds f and no other member: its row
	walk(page, func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok && found == nil {
			if names := namesIn(c); len(names) == 1 && names[0] == f {
				walk(c, func(x fyne.CanvasObject) {
					if b, ok := x.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == icon.Name() && found == nil {
						found = b
					}
				})
			}
		}
	})
	if found == nil {
		t.Fatalf("no %s button beside %q", icon.Name(), f.Text)
	}
	return found
}

// namesIn are the team members' name fields in o.
func namesIn(o fyne.CanvasObject) []*field {
	return slices.DeleteFunc(fieldsOf(o), func(f *field) bool { return f.Label() != "Account team" })
}

// memberTitleField is the "Title as printed" field in the row of a member's name field.
func memberTitleField(t *testing.T, page fyne.CanvasObject, name *field) *field {
	t.Helper()
	var found *field
	walk(page, func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok && found == nil {
			if names := namesIn(c); len(names) == 1 && names[0] == name {
				for _, f := range fieldsOf(c) {
					if f.Label() == "Title as printed" {
						found = f
					}
				}
			}
		}
	})
	if found == nil {
		t.Fatalf("no title beside %q", name.Text)
	}
	return found
}

// matrixColumn is what the coverage matrix shows of a member: the header and their cells.
func matrixColumn(t *testing.T, a *testApp, e *Editor, memberID string) (header string, cells int) {
	t.Helper()
	lay := coverageMatrixOf(t, a, e).Layout()
	for _, c := range lay.Cols {
		if c.MemberID == memberID && len(c.Labels) > 0 {
			header = c.Labels[0].Text
		}
	}
	for _, c := range lay.Cells {
		if c.MemberID == memberID {
			cells++
		}
	}
	return header, cells
}

// Renaming a member on the Profile page stores the new name and keeps every pair: the store
// and the coverage matrix show the renamed member covering the same people. Ctrl+Z takes
// back the rename, and only it.
func TestRenamingATeamMemberOnTheProfileKeepsTheirPairs(t *testing.T) {
	a, e := openSample(t, "en")
	m, pairs := busiestMember(t, e)
	retype(memberField(t, profileOnScreen(e), m.Name), "Laura Gómez Arriaga")
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	acc, _ := a.store.Account(a.ctx, e.account.ID)
	if got, _ := acc.Member(m.ID); got.Name != "Laura Gómez Arriaga" || got.Role != m.Role {
		t.Fatalf("member stored as %+v", got)
	}
	stored := storedPlan(t, a, e.plan.ID)
	for _, c := range pairs {
		if _, ok := stored.PairOf(m.ID, c.ContactID); !ok {
			t.Errorf("the pair with %s was lost", stored.FindContact(c.ContactID).Name)
		}
	}
	if head, cells := matrixColumn(t, a, e, m.ID); head != "Laura Gómez Arriaga" || cells != len(pairs) {
		t.Fatalf("the matrix shows %q with %d pairs, want the new name with %d", head, cells, len(pairs))
	}
	undo(a)
	e = a.editor
	e.Flush()
	acc, _ = a.store.Account(a.ctx, e.account.ID)
	if got, _ := acc.Member(m.ID); got.Name != m.Name || len(acc.Team) != len(e.account.Team) {
		t.Fatalf("after Ctrl+Z the member is %+v", got)
	}
}

// Changing a role and moving a member are edits of that member: stored, and undone alone.
func TestTeamRoleAndOrderOnTheProfile(t *testing.T) {
	a, e := openSample(t, "en")
	m := e.account.Team[0]
	page := profileOnScreen(e)
	test.Tap(memberButton(t, page, memberField(t, page, m.Name), theme.MoveDownIcon()))
	e.Flush()
	acc, _ := a.store.Account(a.ctx, e.account.ID)
	if acc.Team[1].ID != m.ID {
		t.Fatalf("moved down, the team is stored as %+v", acc.Team)
	}
	page = profileOnScreen(e)
	var role *widget.Select
	walk(page, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && e.names[s] == "Role" && role == nil && s.Selected == e.tr("role."+string(e.account.Team[0].Role)) {
			role = s
		}
	})
	if role == nil {
		t.Fatal("no role select")
	}
	role.SetSelected(e.tr("role.sponsor"))
	e.Flush()
	acc, _ = a.store.Account(a.ctx, e.account.ID)
	if acc.Team[0].Role != domain.RoleSponsor || acc.Team[1].ID != m.ID {
		t.Fatalf("team stored as %+v", acc.Team)
	}
	undo(a)
	a.editor.Flush()
	acc, _ = a.store.Account(a.ctx, e.account.ID)
	if acc.Team[0].Role == domain.RoleSponsor || acc.Team[1].ID != m.ID {
		t.Fatalf("Ctrl+Z took back more or less than the role: %+v", acc.Team)
	}
}

// A member's title typed on the Profile page is stored trimmed and printed in the team's
// table in place of the role's name, which the empty field shows meanwhile; the role stays.
func TestAMembersTitleIsStoredAndPrinted(t *testing.T) {
	a, e := openSample(t, "en")
	i := slices.IndexFunc(e.account.Team, func(m domain.TeamMember) bool { return m.Name == "Pablo Ruiz" })
	m := e.account.Team[i]
	title := memberTitleField(t, profileOnScreen(e), memberField(t, profileOnScreen(e), m.Name))
	if title.Text != "" || title.PlaceHolder != "Key Account Executive" {
		t.Fatalf("an empty title shows %q, placeholder %q: not the role's name", title.Text, title.PlaceHolder)
	}
	retype(title, "  Responsable de innovación ")
	if !e.Flush() {
		t.Fatal(e.saveState.Text)
	}
	acc, _ := a.store.Account(a.ctx, e.account.ID)
	if got, _ := acc.Member(m.ID); got.Title != "Responsable de innovación" || got.Role != domain.RoleExecutive {
		t.Fatalf("member stored as %+v", got)
	}
	var out bytes.Buffer
	doc := pdf.Document{Account: *acc, Plan: storedPlan(t, a, e.plan.ID), Lang: "es", Edition: domain.EditionClient, Today: domain.NewDate(2026, 12, 1)}
	if _, err := pdf.Write(&out, doc); err != nil {
		t.Fatal(err)
	}
	if !uitest.PDFShows(out.Bytes(), "Responsable de innovación") {
		t.Fatal("the client edition does not print the title")
	}
	retype(title, "Dirigente de cuentas clave y de toda la zona norte del país, también a cargo de las cuentas de Portugal, Francia y Marruecos, con informes mensuales al comité de dirección y a los patrocinadores de cada una de esas cuentas, sin excepción.")
	if e.Flush(); !strings.Contains(title.Msg.Text, "200") {
		t.Fatalf("a title of over 200 characters: %q", title.Msg.Text)
	}
	if acc, _ = a.store.Account(a.ctx, e.account.ID); acc.Team[i].Title != "Responsable de innovación" {
		t.Fatalf("a refused title reached the store: %q", acc.Team[i].Title)
	}
}

// Removing a member asks, saying that their pairs go with them; the store then holds
// neither, and Ctrl+Z brings both back.
func TestRemovingATeamMemberTakesTheirPairs(t *testing.T) {
	a, e := openSample(t, "en")
	m, pairs := busiestMember(t, e)
	page := profileOnScreen(e)
	test.Tap(memberButton(t, page, memberField(t, page, m.Name), theme.DeleteIcon()))
	top := a.win.Canvas().Overlays().Top()
	var asked bool
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, fmt.Sprintf("The %d coverage pairs", len(pairs))+" of this member") {
			asked = true
		}
	}
	if !asked {
		t.Fatal("the confirmation does not say the member's pairs go with them")
	}
	answer(t, a, "Yes")
	e.Flush()
	acc, _ := a.store.Account(a.ctx, e.account.ID)
	stored := storedPlan(t, a, e.plan.ID)
	if _, ok := acc.Member(m.ID); ok {
		t.Fatal("the member is still stored")
	}
	for _, c := range stored.Coverage {
		if c.MemberID == m.ID {
			t.Fatal("a pair of the removed member is still stored")
		}
	}
	undo(a)
	a.editor.Flush()
	acc, _ = a.store.Account(a.ctx, e.account.ID)
	stored = storedPlan(t, a, e.plan.ID)
	if _, ok := acc.Member(m.ID); !ok || len(stored.Coverage) != len(e.plan.Coverage) {
		t.Fatalf("Ctrl+Z did not bring back the member and their %d pairs", len(pairs))
	}
	for _, c := range pairs {
		if got, ok := stored.PairOf(m.ID, c.ContactID); !ok || got != c {
			t.Errorf("pair %+v came back as %+v", c, got)
		}
	}
}

// A member removed from the team in one period's plan still has pairs in another period's:
// that plan opens, its matrix shows them as a former team member whose pairs can be removed
// (from the contact's Covered by, say) but who can be given no new one.
func TestFormerMemberInAnotherPeriodsPlan(t *testing.T) {
	a, e := openSample(t, "en")
	m, pairs := busiestMember(t, e)
	older := e.plan.ID
	next, err := a.store.RollForward(a.ctx, older, "FY2028")
	if err != nil {
		t.Fatal(err)
	}
	a.openPlan(e.account.ID, next.ID)
	e = a.editor
	page := profileOnScreen(e)
	test.Tap(memberButton(t, page, memberField(t, page, m.Name), theme.DeleteIcon()))
	answer(t, a, "Yes")
	e.Flush()
	a.openPlan(e.account.ID, older)
	e = a.editor
	lay := coverageMatrixOf(t, a, e).Layout()
	col := slices.IndexFunc(lay.Cols, func(c chart.CoverageCol) bool { return c.MemberID == m.ID })
	if col < 0 || lay.Cols[col].InTeam || lay.Cols[col].Labels[0].Text != "Former team member" {
		t.Fatalf("the removed member's pairs are not shown as a former member's: %+v", lay.Cols)
	}
	if _, cells := matrixColumn(t, a, e, m.ID); cells != len(pairs) {
		t.Fatalf("%d of the former member's %d pairs shown", cells, len(pairs))
	}
	n := len(form.OpenDialogs(a.win))
	for _, r := range lay.Rows {
		if _, ok := e.plan.PairOf(m.ID, r.ContactID); !ok {
			tapMatrix(coverageMatrixOf(t, a, e), chart.Point{X: lay.Cols[col].Box.Center().X, Y: r.Box.Center().Y})
			break
		}
	}
	if len(form.OpenDialogs(a.win)) != n {
		t.Fatal("an empty cell of a former member offers to add a pair")
	}
	fd := e.contactDialog(pairs[0].ContactID, nil)
	former := coverCheck(t, fd, domain.TeamMember{Name: "Former team member"})
	if !former.Checked {
		t.Fatal("Covered by does not show the former member's pair")
	}
	test.Tap(former)
	fd.Submit()
	e.Flush()
	if _, ok := storedPlan(t, a, older).PairOf(m.ID, pairs[0].ContactID); ok {
		t.Fatal("the former member's pair was not removed")
	}
}
