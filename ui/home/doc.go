// Package home is the portfolio screen: every account with its latest plan, searchable and
// sortable, the portfolio matrix, and the panel of the chosen account — its position, stage,
// share of wallet, KPI lights and what to do next, each step opening the page it is about.
package home
