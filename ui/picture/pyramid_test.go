package picture

import (
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestStagePyramidRenders(t *testing.T) {
	for _, variant := range []string{"light", "dark"} {
		t.Run(variant, func(t *testing.T) {
			app := test.NewTempApp(t)
			setVariantTheme(app, variant)
			var tapped domain.Stage
			p := NewStagePyramid(domain.StageBasic, domain.StageInterdependent, PyramidText(locale.New("en")), func(s domain.Stage) { tapped = s })
			w := test.NewWindow(p)
			defer w.Close()
			w.Resize(fyne.NewSize(760, 400))
			test.AssertRendersToMarkup(t, "pyramid_"+variant+".xml", w.Canvas())
			tapStage(p, domain.StageCooperative)
			if tapped != domain.StageCooperative {
				t.Errorf("tap reported stage %d", tapped)
			}
		})
	}
}

func tapStage(p *StagePyramid, s domain.Stage) {
	b := p.Layout().Bands[s-1]
	c := chart.Point{X: (b.Shape[0].X + b.Shape[1].X) / 2, Y: b.Box.Center().Y}
	test.TapAt(p, fyne.NewPos(float32(c.X), float32(c.Y)))
}
