package settings

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	uipipeline "kamplan/ui/pipeline"
)

// pipelineFields edit the company's sales stages, a line each ("Propose: 50"), and how many
// times the weighted pipeline should cover an objective's gap.
type pipelineFields struct {
	stages, coverage *widget.Entry
}

func (f *settingsForm) pipelineItems() []*widget.FormItem {
	var lines []string
	for _, s := range pipeline.Stages(f.st) {
		lines = append(lines, fmt.Sprintf("%s: %d", uipipeline.StageName(f.loc, s.Name), s.Probability))
	}
	f.pipe.stages = widget.NewMultiLineEntry()
	f.pipe.stages.SetMinRowsVisible(4)
	f.pipe.stages.SetText(strings.Join(lines, "\n"))
	f.pipe.coverage = widget.NewEntry()
	f.pipe.coverage.SetText(f.loc.Number(pipeline.Coverage(f.st), 1))
	hint := widget.NewLabel(f.loc.T("settings.stages_hint"))
	hint.Wrapping = fyne.TextWrapWord
	return []*widget.FormItem{widget.NewFormItem(f.loc.T("settings.stages"), f.pipe.stages),
		widget.NewFormItem("", hint), widget.NewFormItem(f.loc.T("settings.coverage"), f.pipe.coverage)}
}

// readPipeline puts the stages and the ratio as typed into st; a default stage (or won, or
// lost) written as the interface language names it is known by its translatable name.
func (f *settingsForm) readPipeline(st *domain.Settings) error {
	ratio, err := f.loc.ParseNumber(f.pipe.coverage.Text)
	if err != nil {
		return fmt.Errorf("%s: %w", f.loc.T("settings.coverage"), err)
	}
	st.Coverage, st.Stages = ratio, nil
	for _, line := range strings.Split(f.pipe.stages.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		name, pct, ok := strings.Cut(line, ":")
		n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(pct), "%")))
		if !ok || err != nil {
			return fmt.Errorf("%s: %s", f.loc.T("settings.stages"), f.loc.T("settings.stage_line", strings.TrimSpace(line)))
		}
		st.Stages = append(st.Stages, domain.SalesStage{Name: f.stageKey(strings.TrimSpace(name)), Probability: n})
	}
	return nil
}

func (f *settingsForm) stageKey(name string) string {
	for _, key := range pipeline.Columns(pipeline.DefaultStages(), &domain.Plan{}) {
		if strings.EqualFold(name, uipipeline.StageName(f.loc, key)) {
			return key
		}
	}
	return name
}
