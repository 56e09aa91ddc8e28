package picture

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/locale"
)

// relmapPlan has a boss with reports, a key player, a long name, every kind of badge, a
// collapsed-looking depth and both kinds of informal link.
func relmapPlan() *domain.Plan {
	c := func(id, name, title, boss string, inf, att int, roles ...domain.BuyingRole) domain.Contact {
		return domain.Contact{ID: id, Name: name, Title: title, ReportsTo: boss, Influence: inf, Attitude: att,
			BuyingRoles: roles, RelNow: 1, RelTarget: 3}
	}
	p := &domain.Plan{Contacts: []domain.Contact{
		c("ceo", "Íñigo Zubizarreta", "Consejero delegado", "", 5, 0, domain.BuyingDecider, domain.BuyingApprover),
		c("cfo", "Begoña Ibáñez", "Directora financiera", "ceo", 5, -2, domain.BuyingDecider),
		c("coo", "Ane Goikoetxea", "Directora de operaciones", "ceo", 4, 2, domain.BuyingInitiator),
		c("m1", "Covadonga Álvarez de la Peña y Fernández-Villaverde", "Jefa de mantenimiento, planta de Gijón y de Avilés", "coo", 3, 1, domain.BuyingUser, domain.BuyingInfluencer),
		c("m2", "Álvaro Peña", "Jefe de producción", "coo", 2, -1, domain.BuyingUser),
		c("buy", "Fernando Suárez", "Director de compras", "cfo", 3, -1, domain.BuyingBuyer, domain.BuyingGatekeeper),
	}}
	p.Contacts[1].SellingRole = domain.SellingEconomic
	p.Contacts[3].SellingRole = domain.SellingCoach
	p.Links = []domain.Link{{ID: "l1", From: "buy", To: "cfo", Kind: domain.LinkInfluences},
		{ID: "l2", From: "m2", To: "m1", Kind: domain.LinkConflict}}
	return p
}

func TestRelationshipMapRenders(t *testing.T) {
	for _, variant := range []string{"light", "dark"} {
		t.Run(variant, func(t *testing.T) {
			app := test.NewTempApp(t)
			setVariantTheme(app, variant)
			m := NewRelationshipMap(relmapPlan(), OrgText(locale.New("en")))
			w := test.NewWindow(m)
			defer w.Close()
			w.Resize(fyne.NewSize(900, 480))
			test.AssertRendersToMarkup(t, "relmap_"+variant+".xml", w.Canvas())
			if len(m.Layout().Cards) != 6 || len(m.Layout().Links) != 2 {
				t.Errorf("%d cards, %d links", len(m.Layout().Cards), len(m.Layout().Links))
			}
		})
	}
}

// benchRelmap is the relationship map of the large plan's 300 contacts in a window.
func benchRelmap(b *testing.B) (*RelationshipMap, fyne.Window) {
	test.NewTempApp(b)
	f := gen.LargePlan()
	m := NewRelationshipMap(&f.Plans[0], OrgText(locale.New("en")))
	w := test.NewWindow(m)
	w.Resize(fyne.NewSize(1100, 700))
	return m, w
}

// Layout and render of the map with 300 contacts, as opened (goal: under 50 ms).
func BenchmarkRelationshipMapRender300(b *testing.B) {
	m, w := benchRelmap(b)
	defer w.Close()
	for b.Loop() {
		m.Refresh()
		test.WidgetRenderer(m).Refresh()
	}
}

// The same with all 300 cards in view (zoomed out).
func BenchmarkRelationshipMapRenderAll300(b *testing.B) {
	m, w := benchRelmap(b)
	defer w.Close()
	m.ZoomBy(0.01, fyne.NewPos(0, 0))
	for b.Loop() {
		m.relayout()
		test.WidgetRenderer(m).Refresh()
	}
}

// One step of a card drag: the ghost follows the pointer, the drop target is framed
// (goal: under 16 ms).
func BenchmarkRelationshipMapDragStep300(b *testing.B) {
	m, w := benchRelmap(b)
	defer w.Close()
	k := m.Layout().Cards[0]
	p := m.View().Point(k.Box.Center())
	at := func(i int) fyne.Position {
		return fyne.NewPos(float32(p.X)+float32(i%400), float32(p.Y)+float32(i%300))
	}
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at(1)}, Dragged: fyne.NewDelta(1, 0)})
	i := 0
	for b.Loop() {
		i++
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at(i)}, Dragged: fyne.NewDelta(1, 1)})
	}
	m.drag = nil
}

// One step of panning: every visible object moves (goal: under 16 ms).
func BenchmarkRelationshipMapPanStep300(b *testing.B) {
	m, w := benchRelmap(b)
	defer w.Close()
	for b.Loop() {
		m.PanBy(3, 2)
	}
}

// A new size: the map tries each row width and keeps the one that shows it largest.
func BenchmarkRelationshipMapResize300(b *testing.B) {
	m, w := benchRelmap(b)
	defer w.Close()
	i := 0
	for b.Loop() {
		i++
		m.Resize(fyne.NewSize(900+float32(i%2), 600))
	}
}
