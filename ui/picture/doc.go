// Package picture holds the drawn widgets of the desktop app: the portfolio matrix, the
// relationship and influence maps, the team coverage matrix, the white-space map, the
// relationship pyramid, the action timeline, the KPI lights and the home panel's facts. Each
// takes the plan, its words and callbacks — never the app — and draws the layout of package
// chart; testdata holds their render masters.
package picture
