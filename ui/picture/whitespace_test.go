package picture

import (
	"fmt"
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// renderPlan is a small map with every status and a pair not assessed.
func renderPlan() *domain.Plan {
	return &domain.Plan{
		Wallet: domain.Wallet{Offerings: []domain.Offering{{ID: "o1", Name: "MES"}, {ID: "o2", Name: "IoT platform"}, {ID: "o3", Name: "Cloud"}},
			Competitors: []domain.CompetitorShare{{ID: "k1", Name: "Siemens"}}},
		Centres: []domain.BuyingCentre{{ID: "c1", Name: "Bilbao"}, {ID: "c2", Name: "Gijón"}},
		WhiteSpace: []domain.SpaceCell{
			{ID: "a", CentreID: "c1", OfferingID: "o1", Status: domain.SpaceOpen, Potential: 40000000},
			{ID: "b", CentreID: "c2", OfferingID: "o1", Status: domain.SpaceCompetitor, Competitor: "k1", Potential: 20000000, Revenue: 0},
			{ID: "c", CentreID: "c1", OfferingID: "o2", Status: domain.SpaceOurs, Potential: 25000000, Revenue: 20000000},
			{ID: "d", CentreID: "c2", OfferingID: "o2", Status: domain.SpaceNotRelevant},
			{ID: "e", CentreID: "c1", OfferingID: "o3", Status: domain.SpaceInProgress},
		},
	}
}

func TestWhiteSpaceMapRenders(t *testing.T) {
	for _, variant := range []string{"light", "dark"} {
		t.Run(variant, func(t *testing.T) {
			app := test.NewTempApp(t)
			setVariantTheme(app, variant)
			tx := SpaceText(locale.New("en"))
			var hit chart.SpaceHit
			m := NewWhiteSpaceMap(renderPlan(), tx, func(h chart.SpaceHit, _ fyne.Position) { hit = h })
			w := test.NewWindow(m)
			defer w.Close()
			w.Resize(m.MinSize())
			test.AssertRendersToMarkup(t, "whitespace_map_"+variant+".xml", w.Canvas())
			test.TapAt(m, fyne.NewPos(float32(m.Layout().Rows[1].Box.Center().X), float32(m.Layout().Rows[1].Box.Center().Y)))
			if hit.Kind != chart.SpaceHitCentre || hit.CentreID != "c2" {
				t.Errorf("tap on Gijón's header: %+v", hit)
			}
		})
	}
}

// bigSpace is a plan of n buying centres × n offerings, every status present.
func bigSpace(n int) *domain.Plan {
	p := &domain.Plan{Wallet: domain.Wallet{Competitors: []domain.CompetitorShare{{ID: "k", Name: "Siemens Digital Industries"}}}}
	for i := range n {
		p.Centres = append(p.Centres, domain.BuyingCentre{ID: fmt.Sprint("c", i), Name: fmt.Sprintf("Planta número %d de la división norte", i)})
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: fmt.Sprint("o", i), Name: fmt.Sprintf("Offering %d with a long name", i)})
	}
	for i := range n {
		for j := range n {
			st := domain.SpaceStatuses[(i+j)%5]
			c := domain.SpaceCell{ID: fmt.Sprint(i, "-", j), CentreID: fmt.Sprint("c", i), OfferingID: fmt.Sprint("o", j), Status: st, Potential: int64(1e7 * (i + j + 1))}
			if st == domain.SpaceCompetitor {
				c.Competitor = "k"
			}
			p.WhiteSpace = append(p.WhiteSpace, c)
		}
	}
	return p
}

// Layout and render of a 30 × 30 map (the aim: under 20 ms): the layout and every
// rectangle and text the renderer hands to the driver.
func BenchmarkWhiteSpaceMap30x30(b *testing.B) {
	test.NewTempApp(b)
	tx := SpaceText(locale.New("en"))
	m := NewWhiteSpaceMap(bigSpace(30), tx, nil)
	r := test.WidgetRenderer(m)
	for b.Loop() {
		m.Refresh()
		if len(r.Objects()) < 900 {
			b.Fatal("cells missing")
		}
	}
}

// The same with the software painter's pixels (a test driver, far slower than the GL one),
// for the sample's size of map: 6 × 4.
func BenchmarkWhiteSpaceMapPaint6x4(b *testing.B) {
	app := test.NewTempApp(b)
	setVariantTheme(app, "light")
	tx := SpaceText(locale.New("en"))
	p := bigSpace(6)
	p.Wallet.Offerings = p.Wallet.Offerings[:4]
	m := NewWhiteSpaceMap(p, tx, nil)
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(m.MinSize())
	for b.Loop() {
		m.Refresh()
		w.Canvas().Capture()
	}
}
