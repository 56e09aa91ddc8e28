package locale

import (
	"testing"

	"kamplan/domain"
)

// A person as the plan names them is printed in the document's language: a team role the
// app knows, typed after a comma in either language, in the locale's words; a bare name
// with the title the plan knows for it; anything else as it was typed.
func TestPersonsRoleFollowsTheLanguage(t *testing.T) {
	titles := map[string]string{"Laura Gómez": "Key Account Manager"}
	tests := []struct {
		l        Locale
		in, want string
	}{
		{en, "Laura Gómez, Gerente de cuenta clave", "Laura Gómez, Key Account Manager"},
		{es, "Laura Gómez, Key Account Manager", "Laura Gómez, Gerente de cuenta clave"},
		{en, "Javier Ortega,  director de CUENTAS clave ", "Javier Ortega, Key Account Director"},
		{es, "Laura Gómez, Gerente de cuenta clave", "Laura Gómez, Gerente de cuenta clave"},
		{en, "Laura Gómez", "Laura Gómez, Key Account Manager"},
		{en, " Laura Gómez ", "Laura Gómez, Key Account Manager"},
		{en, "Laura Gómez, Jefa de ventas Norte", "Laura Gómez, Jefa de ventas Norte"},
		{en, "Gómez, Laura", "Gómez, Laura"},
		{en, "Marta Soler", "Marta Soler"},
		{en, "Finance", "Finance"},
		{en, "", ""},
	}
	for _, tt := range tests {
		if got := tt.l.Person(tt.in, func(name string) string { return titles[name] }); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.l.Lang(), tt.in, got, tt.want)
		}
	}
}

// One of our people is printed with the title they have in the team, when they have one
// ("Ejecutiva de cuenta"), else with their role's name in the document's language — for a
// bare name and for their role typed after it; a role "other" without a title prints none.
func TestOurPersonTakesTheMembersOwnTitle(t *testing.T) {
	a := &domain.Account{Team: []domain.TeamMember{
		{ID: "1", Name: "Marta Soler", Role: domain.RoleExecutive, Title: " Ejecutiva de cuenta "},
		{ID: "2", Name: "Pablo Ruiz", Role: domain.RoleExecutive},
		{ID: "3", Name: "Iker Sanz", Role: domain.RoleOther},
		{ID: "4", Name: "Ana Ruiz", Role: domain.RoleOther, Title: "Jefa de proyecto"},
	}}
	tests := []struct {
		l        Locale
		in, want string
	}{
		{es, "Marta Soler", "Marta Soler, Ejecutiva de cuenta"},
		{en, "marta soler", "marta soler, Ejecutiva de cuenta"},
		{es, "Marta Soler, Ejecutivo de cuenta", "Marta Soler, Ejecutiva de cuenta"},
		{en, "Marta Soler, Key Account Executive", "Marta Soler, Ejecutiva de cuenta"},
		{es, "Marta Soler, Directora de cuentas clave", "Marta Soler, Directora de cuentas clave"},
		{es, "Marta Soler, Key Account Director", "Marta Soler, Director de cuentas clave"},
		{es, "Pablo Ruiz", "Pablo Ruiz, Ejecutivo de cuenta"},
		{en, "Pablo Ruiz, Ejecutivo de cuenta", "Pablo Ruiz, Key Account Executive"},
		{es, "Iker Sanz", "Iker Sanz"},
		{es, "Ana Ruiz", "Ana Ruiz, Jefa de proyecto"},
	}
	for _, tt := range tests {
		if got := tt.l.OurPerson(tt.in, a); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.l.Lang(), tt.in, got, tt.want)
		}
	}
	if got := en.MemberTitle(a.Team[1]); got != "Key Account Executive" {
		t.Errorf("a member without a title: %q", got)
	}
}

// A title after a name is written as the language writes it there: Spanish in lower case,
// its capitals kept; English, and a name alone, as typed.
func TestInApposition(t *testing.T) {
	for _, tt := range []struct{ lang, in, want string }{
		{"es", "Ane Goikoetxea, Directora de operaciones", "Ane Goikoetxea, directora de operaciones"},
		{"es", "Javier Ortega, Director de cuentas clave", "Javier Ortega, director de cuentas clave"},
		{"es", "Íñigo Zubizarreta, CEO", "Íñigo Zubizarreta, CEO"},
		{"es", "Jon Arrieta, Director de sistemas (CIO)", "Jon Arrieta, director de sistemas (CIO)"},
		{"es", "Ólafur, Ágil responsable", "Ólafur, ágil responsable"},
		{"es", "Ane Goikoetxea", "Ane Goikoetxea"},
		{"es", "", ""},
		{"en", "Javier Ortega, Key Account Director", "Javier Ortega, Key Account Director"},
	} {
		if got := New(tt.lang).InApposition(tt.in); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}
