package picture

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// influencePlan has a contact in most zones, a key player, a long name and a crowded cell.
func influencePlan() *domain.Plan {
	p := &domain.Plan{Contacts: []domain.Contact{
		{ID: "a", Name: "Íñigo Zubizarreta", Influence: 5, Attitude: 0},
		{ID: "b", Name: "Begoña Ibáñez", Influence: 5, Attitude: -1},
		{ID: "c", Name: "Ane Goikoetxea", Influence: 4, Attitude: 2},
		{ID: "d", Name: "Covadonga Álvarez de la Peña y Fernández-Villaverde", Influence: 3, Attitude: 1},
		{ID: "e", Name: "Raúl Cienfuegos", Influence: 2, Attitude: 1},
		{ID: "f", Name: "Álvaro Peña", Influence: 1, Attitude: -2},
	}}
	for i := range 12 {
		p.Contacts = append(p.Contacts, domain.Contact{ID: fmt.Sprint("x", i), Name: fmt.Sprintf("Persona %02d", i), Influence: 2, Attitude: -1})
	}
	return p
}

func TestInfluenceMapRenders(t *testing.T) {
	for _, variant := range []string{"light", "dark"} {
		t.Run(variant, func(t *testing.T) {
			app := test.NewTempApp(t)
			setVariantTheme(app, variant)
			m := NewInfluenceMap(influencePlan(), InfluenceText(locale.New("en")))
			w := test.NewWindow(m)
			defer w.Close()
			w.Resize(fyne.NewSize(900, 560))
			test.AssertRendersToMarkup(t, "influencemap_"+variant+".xml", w.Canvas())
			if c := m.Layout().Cell(2, -1); c.More == nil || len(c.Cards)+c.More.N != 12 {
				t.Errorf("the crowded cell shows %d cards and %+v", len(c.Cards), c.More)
			}
		})
	}
}

// benchMap is an influence map of the large plan's 300 contacts in a window.
func benchMap(b *testing.B) (*InfluenceMap, fyne.Window) {
	test.NewTempApp(b)
	f := gen.LargePlan()
	m := NewInfluenceMap(&f.Plans[0], InfluenceText(locale.New("en")))
	w := test.NewWindow(m)
	w.Resize(fyne.NewSize(1100, 700))
	return m, w
}

// Layout and render of the map with 300 contacts (goal: under 50 ms).
func BenchmarkInfluenceMapRender300(b *testing.B) {
	m, w := benchMap(b)
	defer w.Close()
	for b.Loop() {
		m.Refresh()
		test.WidgetRenderer(m).Refresh()
	}
}

// One step of a drag: the card follows the pointer and the cell under it is framed
// (goal: under 16 ms).
func BenchmarkInfluenceMapDragStep300(b *testing.B) {
	m, w := benchMap(b)
	defer w.Close()
	k := m.Layout().Cells[0].Cards[0]
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(k.Box.Center().X)+1, float32(k.Box.Center().Y))}, Dragged: fyne.NewDelta(1, 0)})
	i := 0
	for b.Loop() {
		i++
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(k.Box.Center().X)+float32(i%400), float32(k.Box.Center().Y)+float32(i%300))}, Dragged: fyne.NewDelta(1, 1)})
	}
	m.DragEnd()
}

// The drop: the edit applied to the plan and the map laid out and drawn again.
func BenchmarkInfluenceMapDrop300(b *testing.B) {
	m, w := benchMap(b)
	defer w.Close()
	doc := domain.Doc{Account: &domain.Account{}, Plan: m.plan}
	var target chart.InfluenceCell
	for b.Loop() {
		k := m.Layout().Cells[0].Cards[0]
		target = *m.Layout().Cell(1, 2)
		c := *m.plan.FindContact(k.ContactID)
		c.Influence, c.Attitude = target.Influence, target.Attitude
		inv, err := doc.Apply(domain.ReplaceItem{Coll: domain.CollContacts, Value: c})
		if err != nil {
			b.Fatal(err)
		}
		m.Refresh()
		test.WidgetRenderer(m).Refresh()
		b.StopTimer()
		doc.Apply(inv)
		m.Refresh()
		b.StartTimer()
	}
}
