package chart

import (
	"image/color"

	"kamplan/domain"
)

// RGB is a colour of the one palette the screen and the paper draw with: a red KPI is the
// same red in the app and in the document. It is a color.Color, so the screen takes it as it
// is and the document reads its three channels.
type RGB struct{ R, G, B uint8 }

// RGBA implements color.Color (opaque).
func (c RGB) RGBA() (r, g, b, a uint32) { return color.NRGBA{c.R, c.G, c.B, 0xFF}.RGBA() }

// WithAlpha is the colour at an opacity, for a fill drawn over other shapes.
func (c RGB) WithAlpha(a uint8) color.NRGBA { return color.NRGBA{c.R, c.G, c.B, a} }

// The palette.
var (
	White     = RGB{0xFF, 0xFF, 0xFF}
	Red       = RGB{0xD6, 0x45, 0x45} // a red KPI, overdue, a conflict, an opponent
	Amber     = RGB{0xE8, 0xA2, 0x0C} // an amber KPI
	Orange    = RGB{0xE8, 0x8A, 0x0C} // a sceptic, the open white space
	Green     = RGB{0x2E, 0x9E, 0x5B} // a green KPI, a champion, what is ours
	LightGood = RGB{0x5B, 0xB3, 0x6A} // a supporter
	Blue      = RGB{0x2F, 0x7E, 0xD8} // in progress, the Star quadrant
	Grey      = RGB{0x9A, 0xA3, 0xB0} // no measure, neutral, not relevant
	Slate     = RGB{0x8A, 0x94, 0xA3} // the Streamline quadrant
	Gold      = RGB{0xD9, 0x8E, 0x04} // the target stage, the Status quadrant
	KeyGold   = RGB{0xE0, 0x9A, 0x00} // the key player's star
	Violet    = RGB{0x7B, 0x3F, 0xB5} // plan B: a hue no status uses
	Accent    = RGB{0x1F, 0x5F, 0xAF} // the document's accent unless the settings choose one

	// On paper: text, secondary text, rules, alternate table rows, the rest of a bar.
	Ink   = RGB{0x22, 0x26, 0x2E}
	Muted = RGB{0x6B, 0x72, 0x80}
	Rule  = RGB{0xD5, 0xDA, 0xE1}
	Zebra = RGB{0xF4, 0xF6, 0xF9}
	Rest  = RGB{0xE5, 0xE8, 0xED}
)

// StatusColour is a KPI's traffic light; no measure is grey.
func StatusColour(s domain.Status) RGB {
	switch s {
	case domain.StatusGreen:
		return Green
	case domain.StatusAmber:
		return Amber
	case domain.StatusRed:
		return Red
	}
	return Grey
}

// AttitudeColour is the hue of an attitude, −2 (opponent) … +2 (champion).
func AttitudeColour(attitude int) RGB {
	return [5]RGB{Red, Orange, Grey, LightGood, Green}[max(0, min(4, attitude+2))]
}

// ZoneColour tints a zone of the influence map.
func ZoneColour(z domain.GridCell) RGB {
	switch z {
	case domain.CellLeverage:
		return Green
	case domain.CellConvert:
		return Orange
	case domain.CellMobilise:
		return Blue
	}
	return Grey
}

// QuadrantColour is a quadrant's colour of the portfolio matrix.
func QuadrantColour(q domain.PortfolioQuadrant) RGB {
	switch q {
	case domain.QuadStrategic:
		return Green
	case domain.QuadStar:
		return Blue
	case domain.QuadStatus:
		return Gold
	}
	return Slate
}

// SWOTColour is a SWOT quadrant's heading colour.
func SWOTColour(q domain.Quadrant) RGB {
	switch q {
	case domain.Strength:
		return RGB{0x2E, 0x8B, 0x57}
	case domain.Weakness:
		return RGB{0xC0, 0x39, 0x2B}
	case domain.Opportunity:
		return RGB{0x1F, 0x6F, 0xB5}
	}
	return RGB{0xD3, 0x8B, 0x1C}
}

// SpaceColour is the hue of a white-space status (SpaceUnknown has none: ok is false).
func SpaceColour(c SpaceClass) (RGB, bool) {
	switch domain.SpaceStatus(c) {
	case domain.SpaceOurs:
		return Green, true
	case domain.SpaceInProgress:
		return Blue, true
	case domain.SpaceCompetitor:
		return Red, true
	case domain.SpaceOpen:
		return Orange, true
	case domain.SpaceNotRelevant:
		return Grey, true
	}
	return RGB{}, false
}

// Mix goes from a (f = 0) to b (f = 1): the one way tints are made, on screen (over the
// theme's background) and on paper (over white).
func Mix(a, b color.Color, f float64) RGB {
	x := color.NRGBAModel.Convert(a).(color.NRGBA)
	y := color.NRGBAModel.Convert(b).(color.NRGBA)
	mix := func(p, q uint8) uint8 { return uint8(float64(p) + (float64(q)-float64(p))*f) }
	return RGB{mix(x.R, y.R), mix(x.G, y.G), mix(x.B, y.B)}
}
