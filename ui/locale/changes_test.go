package locale

import (
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// Every change Compare can report can be said in both languages: each list's name, each
// field's label, each section's and each kind of snapshot's name.
func TestEveryChangeCanBeSaid(t *testing.T) {
	var keys []string
	for _, c := range history.ComparedLists() {
		keys = append(keys, "history.kind."+string(c), "history.kind."+string(c)+".a")
		for _, f := range history.ComparedFields(c) {
			keys = append(keys, "history.field."+f)
		}
	}
	for _, f := range domain.Fields() {
		keys = append(keys, "history.field."+string(f))
	}
	for _, s := range history.Sections {
		keys = append(keys, "history.section."+string(s))
	}
	for _, k := range history.SnapshotKinds {
		keys = append(keys, "history.snapshot."+string(k))
	}
	for _, lang := range assets.Languages {
		for _, k := range keys {
			if !assets.Has(lang, k) {
				t.Errorf("%s: no %q", lang, k)
			}
		}
	}
}

func TestChangesInWords(t *testing.T) {
	f := gen.Portfolio(3)[1]
	p := &f.Plans[0]
	now := domain.Doc{Account: &f.Account, Plan: p}
	pct := 12.5
	obj := p.Objectives[0]
	c := p.Contacts[1]
	tests := []struct {
		lang   string
		change history.Change
		want   string
	}{
		{"en", history.Change{Kind: history.Changed, Field: "wallet.margin_pct", Old: (*float64)(nil), New: &pct}, "Margin: (empty) → 12.5%"},
		{"es", history.Change{Kind: history.Changed, Field: "stage_now", Old: domain.Stage(2), New: domain.Stage(3)},
			"Etapa actual de la relación: Básica → Cooperativa"},
		{"en", history.Change{Kind: history.Changed, Field: "commitment.client_agreement.date", Old: domain.Date{}, New: domain.NewDate(2027, 3, 31)},
			"Client agreement on: — → 31 Mar 2027"},
		{"en", history.Change{Kind: history.Changed, Coll: domain.CollContacts, ID: c.ID, Name: c.Name, Field: "reports_to", Old: "", New: p.Contacts[0].ID},
			"Contact " + c.Name + ": reports to (empty) → " + p.Contacts[0].Name},
		{"es", history.Change{Kind: history.Changed, Coll: domain.CollContacts, ID: c.ID, Name: c.Name, Field: "selling_role", Old: domain.SellingRole(""), New: domain.SellingEconomic},
			"Contacto " + c.Name + ": función en la venta estratégica Ninguno → Comprador económico"},
		{"en", history.Change{Kind: history.Changed, Coll: history.CollStrengthScores, ID: "price", Name: "Price", Field: "score", Old: 0, New: 7},
			"Buying criterion Price: score not scored → 7"},
		{"en", history.Change{Kind: history.Changed, Coll: history.CollKPIHistory, Parent: p.KPIs[0].ID, ID: "2027-03", Name: "Cuota", Field: "value", Old: 80.0, New: 85.5},
			"KPI Cuota: value for Mar 2027 80 → 85.5"},
		{"es", history.Change{Kind: history.Added, Coll: history.CollKPIHistory, ID: "2027-Q2", Name: "Cuota", New: domain.Measurement{Period: "2027-Q2", Value: 90}},
			"KPI Cuota: se añadió el valor de T2 2027: 90"},
		{"es", history.Change{Kind: history.Changed, Coll: domain.CollKPIs, Name: "Cuota", Field: "milestones", Old: []domain.Measurement(nil),
			New: []domain.Measurement{{Period: "2027-03", Value: 22.5}, {Period: "2027-06", Value: 24}}}, "Indicador Cuota: metas intermedias (vacío) → mar. 2027: 22,5, jun. 2027: 24"},
		{"en", history.Change{Kind: history.Removed, Coll: domain.CollObjectives, ID: obj.ID, Name: obj.Statement, Old: obj}, "Removed an objective: " + obj.Statement},
		{"es", history.Change{Kind: history.Added, Coll: domain.CollActions, Name: "Visitar la planta"}, "Se añadió una acción: Visitar la planta"},
		{"en", history.Change{Kind: history.Changed, Coll: domain.CollWhiteSpace, Name: "Planta Norte × Línea 1", Field: "potential", Old: int64(0), New: int64(1_250_000_00)},
			"White-space cell Planta Norte × Línea 1: potential €0 → €1,250,000"},
		{"en", history.Change{Kind: history.Changed, Coll: domain.CollActions, Name: "Visita", Field: "contingency", Old: false, New: true}, "Action Visita: contingency action no → yes"},
		{"es", history.Change{Kind: history.Changed, Coll: domain.CollCoverage, Name: "Ana – Jon", Field: "member_id", Old: "gone", New: f.Account.Team[0].ID},
			"Pareja de cobertura Ana – Jon: miembro del equipo gone → " + f.Account.Team[0].Name},
		{"en", history.Change{Kind: history.Changed, Coll: domain.CollSWOTs, ID: p.SWOTs[0].ID, Field: "competitor", Old: "", New: "Acme"},
			"SWOT Client SWOT: competitor (empty) → “Acme”"},
		{"es", history.Change{Kind: history.Changed, Field: "account.annual_revenue", Old: int64(0), New: int64(12_500_000_00)},
			"Facturación anual del cliente: 0\u00a0€ → 12.500.000\u00a0€"},
		{"es", history.Change{Kind: history.Changed, Coll: domain.CollNotes, Name: "Nota", Field: "text", Old: "Antes", New: "Después"},
			"Nota Nota: texto «Antes» → «Después»"},
		{"en", history.Change{Kind: history.Changed, Coll: domain.CollOpportunities, Name: "Línea 3", Field: "amount", Old: int64(100_000_00), New: int64(150_000_00)},
			"Opportunity Línea 3: value €100,000 → €150,000"},
		{"es", history.Change{Kind: history.Added, Coll: domain.CollOpportunities, Name: "Línea 3"}, "Se añadió una oportunidad: Línea 3"},
		{"es", history.Change{Kind: history.Changed, Coll: domain.CollOpportunities, Name: "Línea 3", Field: "stage", Old: "qualify", New: "Demo técnica"},
			"Oportunidad Línea 3: etapa Cualificar → Demo técnica"},
		{"es", history.Change{Kind: history.Added, Coll: domain.CollReviews, Name: "2026-11-16"}, "Se añadió una revisión: 16/11/2026"},
		{"en", history.Change{Kind: history.Changed, Coll: domain.CollReviews, Name: "2026-11-16", Field: "member_ids", Old: []string{}, New: []string{f.Account.Team[0].ID}},
			"Review 16 Nov 2026: " + NewChangeWords("en", now, now).FieldLabel(history.Change{Coll: domain.CollReviews, Field: "member_ids"}) + " (empty) → " + f.Account.Team[0].Name},
	}
	for _, tt := range tests {
		if got := NewChangeWords(tt.lang, now, now).Sentence(tt.change); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.lang, got, tt.want)
		}
	}
}

// InFull says a long text whole, lines kept, where the list of changes shortens it.
func TestTextsInFull(t *testing.T) {
	long := "Entrada de un competidor asiático con precios un 15 % más bajos en chapa galvanizada;\nplan B: acuerdo marco a tres años."
	c := history.Change{Kind: history.Changed, Field: "risks", New: long}
	for _, tt := range []struct {
		lang, short, whole string
	}{{"en", "“Entrada de un competidor asiático con precios un 15 % más b…”", "“" + long + "”"},
		{"es", "«Entrada de un competidor asiático con precios un 15 % más b…»", "«" + long + "»"}} {
		w := NewChangeWords(tt.lang, domain.Doc{}, domain.Doc{})
		if got := w.Value(c, long); got != tt.short {
			t.Errorf("%s: shortened %q", tt.lang, got)
		}
		if got := w.InFull().Value(c, long); got != tt.whole {
			t.Errorf("%s: whole %q", tt.lang, got)
		}
	}
}
