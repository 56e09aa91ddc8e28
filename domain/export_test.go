package domain

// The plans the internal tests build, for the external tests beside them (summary_test.go).
var (
	MarkedPlan     = markedPlan
	FiguresPlan    = figuresPlan
	PlausibleToday = plausibleToday
	AnalysisPlan   = analysisPlan
	ItemIDs        = itemIDs
)
