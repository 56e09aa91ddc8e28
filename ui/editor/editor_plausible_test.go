package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
)

// warningsOn is the text of the warnings shown under o (labels of warning importance).
func warningsOn(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && l.Importance == widget.WarningImportance && l.Visible() && l.Text != "" {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// Our share of wallet and the competitors' shares may not add up to more than the whole
// wallet: the field says so, and the store keeps the last possible value.
func TestWalletRefusesSharesOverTheWholeWallet(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.walletPage()
	stored := storedPlan(t, a, e.plan.ID).Wallet
	var shares []*field
	for _, f := range fieldsOf(page) {
		if f.spec.label == "Share %" {
			shares = append(shares, f)
		}
	}
	retype(shares[0], "50") // 22.9 % of ours, 50 + 18 + 12 of theirs
	if !strings.Contains(shares[0].msg.Text, "add up to more than the whole wallet") || e.plan.Wallet.Competitors[0].SharePct != stored.Competitors[0].SharePct {
		t.Fatalf("a competitor share of 50 %%: message %q, share %v", shares[0].msg.Text, e.plan.Wallet.Competitors[0].SharePct)
	}
	retype(shares[0], "40")
	revenue := fieldNamed(t, page, "Our revenue")
	retype(revenue, "2,000,000") // 41.7 % of ours, 70 % of theirs
	if !strings.Contains(revenue.msg.Text, "share of wallet (42 %) and the competitors' shares (70 %)") {
		t.Fatalf("revenue of 2,000,000: message %q", revenue.msg.Text)
	}
	e.Flush()
	got := storedPlan(t, a, e.plan.ID).Wallet
	if got.Revenue != stored.Revenue || got.Competitors[0].SharePct != 40 {
		t.Fatalf("stored revenue %d, first share %v", got.Revenue, got.Competitors[0].SharePct)
	}
	retype(revenue, "1,400,000")
	if revenue.msg.Visible() || !e.Flush() || storedPlan(t, a, e.plan.ID).Wallet.Revenue != 140000000 {
		t.Fatalf("a possible revenue was not stored: %q", revenue.msg.Text)
	}
}

// A potential below what the offerings and the white-space map add up to is stored, with a
// warning under the wallet's figures and under the offerings, gone once the figures agree.
func TestWalletWarnsOfOfferingsAndCellsAboveThePotential(t *testing.T) {
	a, e := openSample(t, "es")
	page := e.walletPage()
	if w := warningsOn(page); w != "" {
		t.Fatalf("the sample's wallet is warned about: %s", w)
	}
	potential := fieldNamed(t, page, "Potencial de compra total")
	retype(potential, "4.000.000")
	if !e.Flush() || storedPlan(t, a, e.plan.ID).Wallet.Potential != 400000000 {
		t.Fatal("an implausible potential was not stored")
	}
	w := warningsOn(page)
	for _, key := range []string{"warn.offerings_over_wallet", "whitespace.warn.potential"} {
		if !strings.Contains(w, e.tr(key)) {
			t.Errorf("no %q under the wallet:\n%s", e.tr(key), w)
		}
	}
	retype(potential, "4.800.000")
	if w := warningsOn(page); w != "" {
		t.Fatalf("the warnings stay once the figures agree: %s", w)
	}
}

// A target stage below the current one is stored and warned about under the target.
func TestStagePageWarnsOfATargetBelowTheCurrentStage(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.stagePage()
	var target *widget.Select
	walk(page.(*fyne.Container).Objects[0], func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			target = s // the last select of the form: the target
		}
	})
	target.SetSelectedIndex(1) // Basic, under the current Cooperative
	if !e.Flush() || storedPlan(t, a, e.plan.ID).StageTarget != domain.StageBasic {
		t.Fatal("the target stage was not stored")
	}
	if !strings.Contains(warningsOn(page), e.tr("warn.stage_target_below")) {
		t.Fatalf("no warning: %q", warningsOn(page))
	}
	target.SetSelectedIndex(3)
	if strings.Contains(warningsOn(page), e.tr("warn.stage_target_below")) {
		t.Fatal("the warning stays once the target is above the current stage")
	}
}

// An open cell with more revenue than potential is stored, warned about in its dialog as the
// figures are typed and under the map.
func TestWhiteSpaceWarnsOfAnOpenCellWithRevenueAboveItsPotential(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.whiteSpacePage()
	var open domain.SpaceCell
	for _, c := range e.plan.WhiteSpace {
		if c.Status == domain.SpaceOpen {
			open = c
			break
		}
	}
	fd := (&whiteSpace{e: e}).cellDialog(open.CentreID, open.OfferingID)
	setEntry(t, fd.Form.Items[3].Widget, "900,000")
	if !strings.Contains(warningsOn(fd.Body), "is marked open") || fd.Save.Disabled() {
		t.Fatalf("dialog: warning %q, save disabled %v", warningsOn(fd.Body), fd.Save.Disabled())
	}
	test.Tap(fd.Save)
	if fd.IsOpen() || !e.Flush() {
		t.Fatalf("the implausible cell was refused: %s", fd.General.Text)
	}
	if c := storedPlan(t, a, e.plan.ID).SpaceCellAt(open.CentreID, open.OfferingID); c.Revenue != 90000000 || c.Status != domain.SpaceOpen {
		t.Fatalf("stored cell %+v", c)
	}
	if !strings.Contains(labelsText(page), "is marked open") {
		t.Fatalf("the page does not warn:\n%s", labelsText(page))
	}
	fd = (&whiteSpace{e: e}).cellDialog(open.CentreID, open.OfferingID)
	setEntry(t, fd.Form.Items[3].Widget, "")
	if warningsOn(fd.Body) != "" {
		t.Fatal("the dialog's warning stays once the revenue is gone")
	}
	test.Tap(fd.Save)
	e.Flush()
	if strings.Contains(labelsText(page), "is marked open") {
		t.Fatal("the page's warning stays once the cell is fixed")
	}
}

// A last contact after today is refused under the field; today is accepted.
func TestContactDialogRefusesALastContactAfterToday(t *testing.T) {
	for _, tt := range []struct{ lang, tomorrow, today, want string }{
		{"en", "2026-11-25", "2026-11-24", "after today"},
		{"es", "25/11/2026", "24/11/2026", "posterior a hoy"},
	} {
		a, e := openSample(t, tt.lang)
		e.doc.Today = func() domain.Date { return domain.NewDate(2026, 11, 24) }
		c := e.plan.Contacts[2]
		fd := e.contactDialog(c.ID, form.BlankList())
		setEntry(t, fd.Form.Items[14].Widget, tt.tomorrow)
		if !fd.Save.Disabled() || !strings.Contains(fd.Msgs["last_contact"].Text, tt.want) {
			t.Fatalf("%s: tomorrow: save enabled %v, message %q", tt.lang, !fd.Save.Disabled(), fd.Msgs["last_contact"].Text)
		}
		setEntry(t, fd.Form.Items[14].Widget, tt.today)
		test.Tap(fd.Save)
		if fd.IsOpen() || !e.Flush() || storedPlan(t, a, e.plan.ID).FindContact(c.ID).LastContact != domain.NewDate(2026, 11, 24) {
			t.Fatalf("%s: today was not stored", tt.lang)
		}
	}
}
