package locale

import "testing"

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
