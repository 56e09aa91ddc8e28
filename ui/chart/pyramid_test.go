package chart

import (
	"strings"
	"testing"

	"kamplan/domain"
)

var pyText = PyramidText{
	Names: [5]string{"Exploratory", "Basic", "Cooperative", "Interdependent", "Integrated"},
	Descriptions: [5]string{
		"First contacts: we sell on price and product to one buyer; the client is testing us.",
		"A supplier among several: single-point contact, transactions and delivery matter most.",
		"Several contacts on both sides, some joint work; we are a preferred supplier.",
		"Each side relies on the other: shared plans, open information, teams that meet regularly.",
		"One team across both companies: joint strategy, shared investment and processes, hard to unpick.",
	},
	Now: "now", Target: "target",
}

func TestPyramidBandsFromBaseToTopWithNowAndTarget(t *testing.T) {
	p := LayoutPyramid(domain.StageBasic, domain.StageInterdependent, pyText, DefaultPyramidOptions(420))
	if len(p.Bands) != 5 {
		t.Fatalf("%d bands", len(p.Bands))
	}
	for i, b := range p.Bands {
		if b.Stage != domain.Stage(i+1) {
			t.Errorf("band %d is stage %d", i, b.Stage)
		}
		if i > 0 && (b.Box.Y >= p.Bands[i-1].Box.Y || b.Box.W >= p.Bands[i-1].Box.W || b.Box.Overlaps(p.Bands[i-1].Box)) {
			t.Errorf("stage %d is not narrower and above stage %d", b.Stage, i)
		}
		if !b.Box.Inside(p.Frame) || !b.Desc.Inside(p.Frame) || b.Desc.Overlaps(b.Box) {
			t.Errorf("stage %d: band %+v or description %+v out of place", b.Stage, b.Box, b.Desc)
		}
		if b.Now != (b.Stage == domain.StageBasic) || b.Target != (b.Stage == domain.StageInterdependent) || b.Reached != (b.Stage <= domain.StageBasic) {
			t.Errorf("stage %d: now %v target %v reached %v", b.Stage, b.Now, b.Target, b.Reached)
		}
		if !strings.Contains(b.Heading.Text, pyText.Names[i]) || len(b.Lines) == 0 {
			t.Errorf("stage %d: heading %q, %d description lines", b.Stage, b.Heading.Text, len(b.Lines))
		}
	}
	badges := func(b PyramidBand) string {
		var s []string
		for _, l := range b.Badges {
			s = append(s, l.Text)
		}
		return strings.Join(s, ",")
	}
	if badges(p.Bands[1]) != "now" || badges(p.Bands[3]) != "target" || badges(p.Bands[0]) != "" {
		t.Errorf("badges %q %q %q", badges(p.Bands[0]), badges(p.Bands[1]), badges(p.Bands[3]))
	}
	visibleInFrame(t, p.Frame, p.Labels())
}

func TestPyramidNowAndTargetOnOneStageShowBothBadges(t *testing.T) {
	p := LayoutPyramid(domain.StageCooperative, domain.StageCooperative, pyText, DefaultPyramidOptions(420))
	if len(p.Bands[2].Badges) != 2 {
		t.Errorf("badges %+v", p.Bands[2].Badges)
	}
	visibleInFrame(t, p.Frame, p.Labels())
}

func TestPyramidNarrowDescriptionsAreCutNeverOverflow(t *testing.T) {
	for _, w := range []float64{120, 200, 320} {
		p := LayoutPyramid(domain.StageIntegrated, domain.StageIntegrated, pyText, DefaultPyramidOptions(w))
		for _, b := range p.Bands {
			for _, l := range append(append([]Label{b.Heading}, b.Badges...), b.Lines...) {
				if !l.Box.Inside(b.Desc) {
					t.Errorf("%v: %q at %+v leaves the box %+v", w, l.Text, l.Box, b.Desc)
				}
			}
			if !strings.Contains(b.Label.Text, string(rune('0'+b.Stage))) || !b.Label.Box.Inside(b.Box) {
				t.Errorf("%v: band label %q %+v", w, b.Label.Text, b.Label.Box)
			}
		}
		visibleInFrame(t, p.Frame, p.Labels())
	}
}

func TestPyramidHitTest(t *testing.T) {
	p := LayoutPyramid(0, 0, pyText, DefaultPyramidOptions(420))
	for _, b := range p.Bands {
		c := Point{(b.Shape[0].X + b.Shape[1].X) / 2, b.Box.Center().Y}
		if s, ok := p.HitTest(c); !ok || s != b.Stage {
			t.Errorf("centre of stage %d hits %d %v", b.Stage, s, ok)
		}
		if s, ok := p.HitTest(b.Desc.Center()); !ok || s != b.Stage {
			t.Errorf("description of stage %d hits %d %v", b.Stage, s, ok)
		}
	}
	top := p.Bands[4]
	corner := Point{top.Box.X + 1, top.Box.Y + 1} // outside the slanted side of the top band
	if s, ok := p.HitTest(corner); ok {
		t.Errorf("the corner beside the top band hits stage %d", s)
	}
	gap := Point{p.Frame.W / 4, p.Bands[0].Box.Y - 1} // between two bands
	if s, ok := p.HitTest(gap); ok && s != 0 && (gap.X < p.Bands[1].Box.X) {
		t.Errorf("the gap hits stage %d", s)
	}
}

func BenchmarkPyramid(b *testing.B) {
	for b.Loop() {
		LayoutPyramid(domain.StageBasic, domain.StageIntegrated, pyText, DefaultPyramidOptions(420))
	}
}

// A band too narrow for "5  Integrated" on one line keeps its name, on a line of its own
// under the number, inside the band.
func TestPyramidNarrowBandsKeepTheirNames(t *testing.T) {
	p := LayoutPyramid(domain.StageBasic, domain.StageIntegrated, pyText, DefaultPyramidOptions(420))
	for i, b := range p.Bands {
		name := pyText.Names[i]
		if !strings.Contains(b.Label.Text+" "+b.Name.Text, name) {
			t.Errorf("stage %d: label %q, name %q, want %q", b.Stage, b.Label.Text, b.Name.Text, name)
		}
		if b.Name.Text != "" && (!b.Name.Box.Inside(b.Box) || b.Name.Box.Y < b.Label.Box.Bottom()) {
			t.Errorf("stage %d: name %+v under number %+v in band %+v", b.Stage, b.Name.Box, b.Label.Box, b.Box)
		}
	}
	if p.Bands[4].Name.Text == "" {
		t.Error("the top band fits number and name on one line: the test no longer tests the narrow case")
	}
}
