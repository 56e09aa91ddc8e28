package rtl

import "testing"

func TestVisualOrder(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"latin only", "Begoña Ruiz", "Begoña Ruiz"},
		{"hebrew name", "דוד כהן", "ןהכ דוד"},
		{"hebrew in a latin line", "CEO: דוד כהן (Tel Aviv)", "CEO: ןהכ דוד (Tel Aviv)"},
		{"latin in a hebrew line", "מנהל IT ראשי", "ישאר IT להנמ"},
		{"numbers in hebrew keep their order", "חדר 12 בקומה 3", "3 המוקב 12 רדח"},
		{"brackets in hebrew are mirrored", "דוד (מנהל)", "(להנמ) דוד"},
		{"numbers after arabic in a latin line", "Room غرفة 12", "Room 12 ةفرغ"},
		{"a label around a hebrew name", "דוד כהן — Consejero delegado", "ןהכ דוד — Consejero delegado"},
		{"trailing space stays at the end", "abc שלום ", "abc םולש "},
		{"a hebrew paragraph", "שלום עולם, זה מבחן.", ".ןחבמ הז ,םלוע םולש"},
	}
	for _, tt := range tests {
		if got := Visual(tt.in); got != tt.want {
			t.Errorf("%s: Visual(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestMarksStayAfterTheirLetters(t *testing.T) {
	// shin with a dot (U+05C1) then lamed: reversed letters, the dot still after shin
	if got, want := Visual("\u05E9\u05C1\u05DC"), "\u05DC\u05E9\u05C1"; got != want {
		t.Errorf("got %U, want %U", []rune(got), []rune(want))
	}
}

// A line of a right-to-left paragraph that starts with a Latin word keeps the paragraph's
// direction.
func TestVisualInARightToLeftParagraph(t *testing.T) {
	if got, want := VisualIn("IBM היא הספקית", true), "תיקפסה איה IBM"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := Visual("IBM היא הספקית"), "IBM תיקפסה איה"; got != want {
		t.Errorf("alone, got %q, want %q", got, want)
	}
}

func TestRightToLeft(t *testing.T) {
	for text, want := range map[string]bool{
		"שלום עולם": true,
		"محمد العلي هو مدير المشتريات في Grupo Norte منذ 2021.": true,
		"דוד כהן — Consejero delegado":                          false, // a label around a name, in a left-to-right document
		"Dr. דוד כהן":                                           false,
		"2021 שלום":                                             true,
		"Begoña":                                                false,
		"":                                                      false,
	} {
		if got := RightToLeft(text); got != want {
			t.Errorf("RightToLeft(%q) = %v, want %v", text, got, want)
		}
	}
}
