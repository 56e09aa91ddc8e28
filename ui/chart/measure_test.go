package chart

import (
	"slices"
	"testing"
	"unicode"

	"kamplan/domain"
)

// perRune measures every character one unit wide at size 1.
func perRune(text string, size float64, _ bool) float64 { return float64(len([]rune(text))) * size }

// skewed measures as no estimate would: narrow i, l and j, wide W and M, Chinese and Korean
// 1.1 em, bold a fifth wider. A layout that keeps what this says fits uses the measure given.
func skewed(text string, size float64, bold bool) float64 {
	ems := 0.0
	for _, r := range text {
		switch {
		case r == 'i' || r == 'l' || r == 'j':
			ems += 0.25
		case r == 'W' || r == 'M':
			ems += 1
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r):
			ems += 1.1
		default:
			ems += 0.62
		}
	}
	if bold {
		ems *= 1.2
	}
	return ems * size
}

func TestEstimateWidthKnowsWideCharacters(t *testing.T) {
	for _, c := range []struct {
		text string
		bold bool
		want float64
	}{
		{"Ana", false, 1.65}, {"Ana", true, 1.8}, {"张伟", false, 2}, {"김민준", true, 3},
		{"やまだ", false, 3}, {"ＡＢ", false, 2}, {"ｱｲ", false, 1.1}, {"张伟 (Zhang Wei)", false, 2 + 12*0.55},
	} {
		if got := EstimateWidth(c.text, 10, c.bold); got < c.want*10-1e-9 || got > c.want*10+1e-9 {
			t.Errorf("%q bold %v: %.2f, want %.2f", c.text, c.bold, got, c.want*10)
		}
	}
}

func TestClipKeepsTheLongestStartThatFits(t *testing.T) {
	f := Measure(perRune).regular(1)
	for _, c := range []struct {
		text  string
		width float64
		want  string
	}{
		{"abcdefgh", 8, "abcdefgh"}, {"abcdefgh", 7.9, "abcdef…"}, {"abcdefgh", 5, "abcd…"},
		{"ab cdefgh", 4, "ab…"}, {"abcdefgh", 2, "a…"}, {"abcdefgh", 1, ""}, {"北京钢铁集团", 4, "北京钢…"},
	} {
		if got := f.clip(c.text, c.width); got != c.want {
			t.Errorf("clip(%q, %v) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// Chinese and Japanese, written without spaces, break between their characters; other
// text only at spaces.
func TestWrapBreaksChineseBetweenCharacters(t *testing.T) {
	f := Measure(perRune).regular(1)
	for _, c := range []struct {
		text  string
		width float64
		lines int
		want  []string
	}{
		{"北京钢铁集团有限公司", 4, 3, []string{"北京钢铁", "集团有限", "公司"}},
		{"北京钢铁集团有限公司采购部", 4, 2, []string{"北京钢铁", "集团有…"}},
		{"東京本社購買部", 4, 2, []string{"東京本社", "購買部"}},
		{"ヤマダタロウ", 3, 2, []string{"ヤマダ", "タロウ"}},
		{"张伟 (Zhang Wei)", 8, 2, []string{"张伟", "(Zhang…"}},
		{"Planta de Bilbao norte", 10, 3, []string{"Planta de", "Bilbao", "norte"}},
		{"김민준 구매팀장", 4, 2, []string{"김민준", "구매팀장"}},
	} {
		if got := f.wrap(c.text, c.width, c.lines); !slices.Equal(got, c.want) {
			t.Errorf("wrap(%q, %v, %d) = %q, want %q", c.text, c.width, c.lines, got, c.want)
		}
	}
}

// Cutting and wrapping go by the measure given, not by how many characters a text has:
// narrow letters fit where as many wide ones do not, and bold is cut sooner.
func TestClipAndWrapGoByTheMeasureGiven(t *testing.T) {
	for _, c := range []struct {
		text  string
		bold  bool
		width float64
		want  string
	}{
		{"iiiiiiiiiiii", false, 3, "iiiiiiiiiiii"},
		{"WWWWWWWWWWWW", false, 3, "WW…"},
		{"Itziar Iriarte", false, 8, "Itziar Iriarte"},
		{"Itziar Iriarte", true, 8, "Itziar Iri…"},
		{"北京钢铁集团", false, 5, "北京钢…"},
		{"김민준 (Kim Min-jun)", false, 5, "김민준…"},
	} {
		if got := (face{skewed, 1, c.bold}).clip(c.text, c.width); got != c.want {
			t.Errorf("clip(%q, bold %v, %v) = %q, want %q", c.text, c.bold, c.width, got, c.want)
		}
	}
	for _, c := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"Illa Illa Illa Illa", 4.5, []string{"Illa Illa", "Illa Illa"}},
		{"MMMM MMMM MMMM", 4.5, []string{"MMMM", "MMMM", "MMMM"}},
		{"北京钢铁集团有限公司", 4.5, []string{"北京钢铁", "集团有限", "公司"}},
	} {
		if got := Measure(skewed).regular(1).wrap(c.text, c.width, 3); !slices.Equal(got, c.want) {
			t.Errorf("wrap(%q, %v) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// wideContacts are contacts named in Chinese, Japanese, Korean and in narrow and wide Latin.
func wideContacts() []domain.Contact {
	names := []string{"张伟 (Zhang Wei)", "北京钢铁集团有限公司华北区域采购与供应链管理部", "山田太郎（やまだ たろう）",
		"김민준 (Kim Min-jun)", "Itziar Iriarte Illarregi Ruiz", "WWW MMMM Wiltshire-Mumford"}
	var cs []domain.Contact
	for i, n := range names {
		c := domain.Contact{ID: string(rune('a' + i)), Name: n, Title: n + " " + n, Influence: 1 + i%5, Attitude: i%5 - 2,
			BuyingRoles: []domain.BuyingRole{domain.BuyingDecider, domain.BuyingGatekeeper}, SellingRole: domain.SellingCoach}
		if i > 0 {
			c.ReportsTo = "a"
		}
		cs = append(cs, c)
	}
	return cs
}

// Every text a layout keeps fits its box by the measure the renderer gave it.
func TestLayoutsFitTextByTheMeasureGiven(t *testing.T) {
	org := DefaultOrgOptions()
	org.Measure = skewed
	org.Collapsed = map[string]bool{"a": true}
	for _, l := range LayoutOrg(wideContacts(), nil, orgText(), org).Labels() {
		fitsBox(t, "relationship map", l, OrgFontSize(l))
	}
	org.Collapsed = nil
	for _, l := range LayoutOrg(wideContacts(), nil, orgText(), org).Labels() {
		fitsBox(t, "relationship map", l, OrgFontSize(l))
	}
	p := &domain.Plan{Contacts: wideContacts()}
	for _, c := range p.Contacts {
		p.Centres = append(p.Centres, domain.BuyingCentre{ID: c.ID, Name: c.Name})
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: c.ID, Name: c.Title})
		p.WhiteSpace = append(p.WhiteSpace, domain.SpaceCell{ID: c.ID, CentreID: c.ID, OfferingID: c.ID, Status: domain.SpaceOpen, Potential: 4e9})
	}
	space := DefaultSpaceOptions()
	space.Measure = skewed
	for _, l := range LayoutWhiteSpace(p, spaceText(), space).Labels() {
		fitsBox(t, "white space", l, space.FontSize)
	}
	influence := DefaultInfluenceOptions()
	influence.Measure = skewed
	for _, l := range LayoutInfluence(p.Contacts, influenceText(), influence).Labels() {
		fitsBox(t, "influence map", l, influence.FontSize)
	}
}

// fitsBox checks a shown label's text against its box (measured regular: a label drawn bold
// the layout measured bold, wider still).
func fitsBox(t *testing.T, chart string, l Label, size float64) {
	t.Helper()
	if !l.Hidden && skewed(l.Text, size, false) > l.Box.W+1e-9 {
		t.Errorf("%s: %q is %.1f wide in a box of %.1f", chart, l.Text, skewed(l.Text, size, false), l.Box.W)
	}
}
