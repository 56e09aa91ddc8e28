package pipelinepdf

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// The opportunities are listed by the day they close (or closed), a lost deal among the
// others, and the stage is never wrapped.
func TestOpportunitiesByCloseDay(t *testing.T) {
	p := &domain.Plan{Currency: "EUR", Opportunities: []domain.Deal{
		{ID: "a", Name: "Later", Stage: "develop", Close: domain.NewDate(2027, 11, 15)},
		{ID: "b", Name: "Sooner", Stage: "qualify", Close: domain.NewDate(2027, 6, 30)},
		{ID: "c", Name: "Lost", Stage: domain.StageLost, Close: domain.NewDate(2026, 10, 31), ClosedOn: domain.NewDate(2026, 10, 25)},
		{ID: "d", Name: "Undated", Stage: "qualify"},
	}}
	for _, client := range []bool{true, false} {
		tb := every(p, locale.New("es"), client)
		var got []string
		for _, r := range tb.Rows {
			got = append(got, r[0])
		}
		if want := []string{"Lost", "Sooner", "Later", "Undated"}; len(got) != 4 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
			t.Errorf("client %v: order %q, want %q", client, got, want)
		}
		if tb.Nowrap[1] != 'x' {
			t.Errorf("client %v: the stage may wrap", client)
		}
	}
}

// The dates' column says "expected close" only while every deal is open: a won or lost deal
// gives the day it closed, which an "expected" heading would misname.
func TestOpportunitiesCloseHeaderFitsClosedDeals(t *testing.T) {
	loc := locale.New("es")
	p := &domain.Plan{Currency: "EUR", Opportunities: []domain.Deal{
		{ID: "a", Name: "Open", Stage: "develop", Close: domain.NewDate(2027, 11, 15)},
	}}
	if got := every(p, loc, true).Header[2]; got != loc.T("pipeline.field.close") {
		t.Errorf("all open: header %q", got)
	}
	p.Opportunities = append(p.Opportunities, domain.Deal{ID: "b", Name: "Won", Stage: domain.StageWon, ClosedOn: domain.NewDate(2026, 11, 20)})
	if got := every(p, loc, true).Header[2]; got != loc.T("pipeline.pdf.close_day") {
		t.Errorf("one won: header %q", got)
	}
}

// The client reads where each proposal stands in its own words, not the stage of our sales
// funnel it is in ("qualify", "negotiate"), nor calls them opportunities; a stage the company named in Settings is printed
// as typed. The internal edition keeps the funnel's names, in sales Spanish.
func TestClientReadsStagesInClientWords(t *testing.T) {
	p := &domain.Plan{Opportunities: []domain.Deal{
		{ID: "a", Name: "a", Stage: "qualify"}, {ID: "b", Name: "b", Stage: "develop"},
		{ID: "c", Name: "c", Stage: "propose"}, {ID: "d", Name: "d", Stage: "negotiate"},
		{ID: "e", Name: "e", Stage: domain.StageWon}, {ID: "f", Name: "f", Stage: "Piloto en planta"},
	}}
	for _, tt := range []struct {
		lang   string
		client bool
		title  string // and the first column's heading
		stages []string
	}{
		{"es", true, "Propuestas y proyectos/Propuesta o proyecto", []string{"En estudio", "En estudio", "Propuesta enviada", "En negociación", "Contratado", "Piloto en planta"}},
		{"en", true, "Proposals and projects/Proposal or project", []string{"Under study", "Under study", "Proposal sent", "In negotiation", "Contracted", "Piloto en planta"}},
		{"es", false, "Todas las oportunidades/Oportunidad", []string{"Cualificar", "Desarrollar", "Proponer", "Negociar", "Ganada", "Piloto en planta"}},
	} {
		tables := Tables(p, locale.New(tt.lang), domain.Settings{}, tt.client)
		tb := tables[len(tables)-1]
		if got := tb.Title + "/" + tb.Header[0]; got != tt.title {
			t.Errorf("%s client %v: titled %q, want %q", tt.lang, tt.client, got, tt.title)
		}
		for i, row := range tb.Rows {
			if row[1] != tt.stages[i] {
				t.Errorf("%s client %v: %s's stage is %q, want %q", tt.lang, tt.client, row[0], row[1], tt.stages[i])
			}
		}
	}
}
