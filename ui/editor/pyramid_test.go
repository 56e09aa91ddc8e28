package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/picture"
)

func pyramidOf(t *testing.T, page fyne.CanvasObject) *picture.StagePyramid {
	t.Helper()
	return widgetOn[*picture.StagePyramid](t, page, "pyramid")
}

func TestTapAStageSetsNowOrTargetAndUndoes(t *testing.T) {
	a, e := openSample(t, "en")
	page := e.stagePage()
	pyr := pyramidOf(t, page)
	before := *e.plan
	next := domain.Stage(int(before.StageNow)%5 + 1)
	tapStage(pyr, next)
	if !e.Flush() {
		t.Fatal("not saved")
	}
	if got := storedPlan(t, a, e.plan.ID); got.StageNow != next || got.StageTarget != before.StageTarget {
		t.Fatalf("stored now %d target %d, want now %d target %d", got.StageNow, got.StageTarget, next, before.StageTarget)
	}
	if b := pyr.Layout().Bands[next-1]; !b.Now {
		t.Error("the pyramid does not mark the new current stage")
	}
	var setting *widget.RadioGroup
	walk(page, func(c fyne.CanvasObject) {
		if r, ok := c.(*widget.RadioGroup); ok {
			setting = r
		}
	})
	setting.SetSelected(setting.Options[1])
	tapStage(pyr, domain.StageIntegrated)
	e.Flush()
	if got := storedPlan(t, a, e.plan.ID); got.StageTarget != domain.StageIntegrated || got.StageNow != next {
		t.Fatalf("stored now %d target %d after setting the target", got.StageNow, got.StageTarget)
	}
	e.Undo()
	e.Undo()
	e.Flush()
	if got := storedPlan(t, a, e.plan.ID); got.StageNow != before.StageNow || got.StageTarget != before.StageTarget {
		t.Errorf("undo left now %d target %d, want %d %d", got.StageNow, got.StageTarget, before.StageNow, before.StageTarget)
	}
}

func TestTapOnADescriptionSetsItsStage(t *testing.T) {
	a, e := openSample(t, "es")
	pyr := pyramidOf(t, e.stagePage())
	b := pyr.Layout().Bands[0]
	test.TapAt(pyr, fyne.NewPos(float32(b.Desc.Center().X), float32(b.Desc.Center().Y)))
	e.Flush()
	if got := storedPlan(t, a, e.plan.ID); got.StageNow != domain.StageExploratory {
		t.Errorf("stored now %d", got.StageNow)
	}
}

// tapStage taps a stage's band in the middle of its top edge's width.
func tapStage(p *picture.StagePyramid, s domain.Stage) {
	b := p.Layout().Bands[s-1]
	c := chart.Point{X: (b.Shape[0].X + b.Shape[1].X) / 2, Y: b.Box.Center().Y}
	test.TapAt(p, fyne.NewPos(float32(c.X), float32(c.Y)))
}
