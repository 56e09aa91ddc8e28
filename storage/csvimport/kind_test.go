package csvimport

import (
	"strings"
	"testing"

	"kamplan/domain"
)

// The headers CRMs write for people and for companies, in English and Spanish: a people's
// file is refused as an accounts import, naming the columns that give it away; a
// companies' file is not.
func TestPeopleFilesAreRefusedAsAccounts(t *testing.T) {
	tests := []struct {
		crm, header string
		people      string // the columns named in the refusal; "" for a companies' file
	}{
		{"Salesforce contacts", "First Name,Last Name,Title,Account Name,Email,Phone,Mailing Country,Contact Owner", "First Name, Last Name, Title, Email"},
		{"HubSpot contacts", "Record ID,First Name,Last Name,Email,Job Title,Company Name,Contact owner,Phone Number", "First Name, Last Name, Email, Job Title"},
		{"Dynamics contacts", "Full Name,Company Name,Email,Business Phone,Job Title,Address 1: City", "Full Name, Email, Job Title"},
		{"Pipedrive persons", "Person - Name,Person - Organization,Person - Email - Work,Person - Phone - Work,Person - Owner", "Person - Name, Person - Email - Work"},
		{"Pipedrive persons, no prefix", "Name,Organization,Email,Phone,Owner,Labels", "Name, Email"},
		{"Spanish sheet of contacts", "Nombre;Apellidos;Cargo;Empresa;Correo electrónico;Teléfono", "Nombre, Apellidos, Cargo, Correo electrónico"},
		{"HubSpot contacts, Spanish", "ID de registro,Nombre,Apellidos,Correo,Cargo,Nombre de la empresa,Propietario del contacto", "Nombre, Apellidos, Correo, Cargo"},
		{"Salesforce contacts, Spanish", "Nombre,Apellidos,Título,Nombre de la cuenta,Correo electrónico,Teléfono", "Nombre, Apellidos, Título, Correo electrónico"},
		{"Dynamics contacts, Spanish", "Nombre completo,Nombre de la empresa,Correo electrónico,Teléfono del trabajo,Puesto", "Nombre completo, Correo electrónico, Puesto"},
		{"Salesforce accounts", "Account Name,Type,Industry,Billing Country,Website,Account Owner,Employees,Annual Revenue,Phone", ""},
		{"HubSpot companies", "Record ID,Company name,Company owner,Annual Revenue,Number of Employees,City,Country/Region,Phone Number,Industry", ""},
		{"HubSpot companies, Name column", "Name,Company Domain Name,Industry,Number of Employees", ""},
		{"Dynamics accounts", "Account Name,Main Phone,Address 1: City,Primary Contact,Email,Annual Revenue,Number of Employees,Owner", ""},
		{"Pipedrive organizations", "Organization - Name,Organization - Owner,Organization - Address,Organization - People,Organization - Open deals", ""},
		{"Salesforce accounts, Spanish", "Nombre de la cuenta,Tipo,Sector,País de facturación,Sitio web,Propietario de la cuenta,Empleados,Ingresos anuales", ""},
		{"HubSpot companies, Spanish", "ID de registro,Nombre de la empresa,Propietario de la empresa,Ingresos anuales,Número de empleados,Ciudad,País/región,Sector", ""},
		{"Dynamics accounts, Spanish", "Nombre de cuenta,Teléfono principal,Dirección 1: Ciudad,Contacto principal,Correo electrónico,Ingresos anuales,Número de empleados,Propietario", ""},
		{"Pipedrive organizations, Spanish", "Organización - Nombre,Organización - Propietario,Organización - Dirección", ""},
		{"Spanish sheet of accounts", "Empresa;Sector;País;Ciudad;Facturación anual;Empleados;Propietario;Observaciones", ""},
	}
	for _, tt := range tests {
		t.Run(tt.crm, func(t *testing.T) {
			text := strings.Join(strings.Split(tt.header, ","), ";") + "\n" + strings.Repeat("x;", strings.Count(tt.header, ",")) + "x\n"
			tb, err := ReadBytes([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			_, err = AccountsFrom(tb, DetectMapping(tb.Header, KindAccounts))
			var e *domain.Error
			switch {
			case tt.people == "" && asError(err, &e) && e.Key == "csv.people_as_accounts":
				t.Fatalf("a companies' file refused: %v", err)
			case tt.people != "" && (!asError(err, &e) || e.Key != "csv.people_as_accounts"):
				t.Fatalf("a people's file read as accounts (%v)", err)
			case tt.people != "" && !strings.Contains(err.Error(), "the columns "+tt.people+" hold people, not companies"):
				t.Fatalf("message %q does not name %s", err, tt.people)
			}
		})
	}
}

// A column the person maps to an account field by hand is not counted as people's: a
// sheet of companies headed "Nombre" is imported once "Nombre" is its company column.
func TestMappedColumnsAreNotPeoples(t *testing.T) {
	tb, err := ReadBytes([]byte("Nombre;Correo electrónico;Sector\nHerrajes Vascos;info@herrajes.es;Metal\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := DetectMapping(tb.Header, KindAccounts)
	if _, err := AccountsFrom(tb, m); domain.CodeOf(err) != domain.CodeInvalid {
		t.Fatalf("Nombre and an e-mail read as companies: %v", err)
	}
	m[0] = FieldCompany
	as, err := AccountsFrom(tb, m)
	if err != nil || len(as.Rows) != 1 || as.Rows[0].Account.Name != "Herrajes Vascos" {
		t.Fatalf("%v %+v", err, as.Rows)
	}
}
