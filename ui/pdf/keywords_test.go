package pdf

import (
	"bytes"
	"testing"

	"kamplan/domain"
)

// The client's copy does not tell the client, in its properties, that they are managed as a
// "key account": its keywords say it is an account plan; the internal edition's say more.
func TestClientKeywordsDoNotSayKeyAccount(t *testing.T) {
	for _, tt := range []struct {
		lang    string
		edition domain.Edition
		present bool
	}{
		{"en", domain.EditionInternal, true}, {"en", domain.EditionClient, false},
		{"es", domain.EditionInternal, true}, {"es", domain.EditionClient, false},
	} {
		raw := must(render(t, sampleDocument(t, tt.lang, tt.edition)))
		said := bytes.Contains(raw, []byte(map[string]string{"en": "key account management", "es": "gestión de cuentas clave"}[tt.lang]))
		if said != tt.present || !bytes.Contains(raw, []byte(map[string]string{"en": "account plan", "es": "plan de cuenta"}[tt.lang])) {
			t.Errorf("%s %s: keywords say key account: %v, want %v", tt.lang, tt.edition, said, tt.present)
		}
	}
}
