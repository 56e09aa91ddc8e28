package alt

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

func TestWords(t *testing.T) {
	p := &domain.Plan{Currency: "EUR", StageNow: 2, StageTarget: 4,
		Wallet:   domain.Wallet{Potential: 1000000050, Revenue: 250000000, Competitors: []domain.CompetitorShare{{Name: "Siemens", SharePct: 40}}},
		Contacts: []domain.Contact{{ID: "a", Name: "Ana", Influence: 5, Attitude: 2}, {ID: "b", Name: "Blas", ReportsTo: "a", Influence: 3, Attitude: -1}}}
	w := Words{Loc: locale.New("es"), Plan: p}
	for got, want := range map[string]string{
		w.Wallet(): "Barra del gasto del cliente: un potencial de compra de 10.000.000,50\u00a0€, del que nuestra facturación es 2.500.000\u00a0€ (25,0\u00a0%); Siemens 40,0\u00a0%",
		w.Stage():  "Pirámide de la etapa de la relación: ahora " + w.t("stage.2") + "; objetivo " + w.t("stage.4"),
		w.Influence(): "Mapa de influencia y apoyo: cada contacto según su influencia (1 a 5) y su actitud; Ana, influencia 5, " +
			w.t("attitude.2") + "; Blas, influencia 3, " + w.t("attitude.-1"),
		w.Relationships([]chart.OrgCard{{ContactID: "a"}, {ContactID: "b"}, {ContactID: "a", Repeated: true}}): "Mapa de relaciones: quién depende de quién; Ana; Blas depende de Ana",
	} {
		if got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	}
}

func TestDots(t *testing.T) {
	for n, want := range map[int]string{0: "○○○○○", 1: "●○○○○", 4: "●●●●○", 5: "●●●●●", 7: "●●●●●"} {
		if got := Dots(n); got != want {
			t.Errorf("Dots(%d) = %q, want %q", n, got, want)
		}
	}
}
