package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// kpisPage shows the KPIs as traffic lights with their sparklines; a tap opens the KPI, a
// tap on a triggered plan B lists its contingency actions.
type kpisPage struct{ e *Editor }

func (*kpisPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollKPIs}}
}

func (p *kpisPage) build() fyne.CanvasObject {
	e := p.e
	list := form.BlankList()
	lights := picture.NewKPILightsView(func() []domain.KPI { return e.plan.KPIs }, picture.KPIText(e.loc), func(h chart.KPIHit) {
		if h.PlanB {
			p.showPlanB(h.KPIID)
			return
		}
		p.dialog(h.KPIID, list)
	})
	e.live(lights.Refresh)
	add := widget.NewButtonWithIcon(e.tr("editor.add_kpi"), theme.ContentAddIcon(), func() { p.dialog("", list) })
	legend := widget.NewLabel(e.tr("plancharts.kpi_legend"))
	legend.Wrapping = fyne.TextWrapWord
	return container.NewVBox(add, legend, lights)
}

// showPlanB lists the contingency actions of a KPI's triggered plan B; each opens its action.
func (p *kpisPage) showPlanB(kpiID string) *fyne.Container {
	e := p.e
	k := e.plan.FindKPI(kpiID)
	if k == nil {
		return nil
	}
	box := container.NewVBox()
	var d dialog.Dialog
	for _, id := range k.PlanB.ActionIDs {
		if a := e.plan.FindAction(id); a != nil {
			box.Add(widget.NewButtonWithIcon(a.Title, theme.NavigateNextIcon(), func() {
				d.Hide()
				e.actionDialog(id, form.BlankList())
			}))
		}
	}
	help := "plancharts.contingency_open"
	if len(box.Objects) == 0 {
		help = "plancharts.contingency_none"
	}
	box.Objects = append([]fyne.CanvasObject{form.Wrapped(e.tr(help))}, box.Objects...)
	d = dialog.NewCustom(e.tr("plancharts.contingency_title", k.Name), e.tr("dialog.close"), box, e.sh.Window())
	d.Resize(fyne.NewSize(520, 0))
	e.sh.ShowDialog(d, nil)
	return box
}

// dialog edits the KPI with id, or a new one when id is "".
func (p *kpisPage) dialog(id string, list *widget.List) *form.Dialog {
	e := p.e
	k := domain.NewKPI("")
	if x := e.plan.FindKPI(id); x != nil {
		k = *x
	}
	fd := form.NewDialog(e.sh)
	f := forms.NewKPI(e.env, fd, k)
	done := func() { list.Refresh(); e.refresh() }
	save := e.saveOrDelete(fd, domain.CollKPIs, id, k.Name, func() any { return f.Read(k) }, done)
	fd.Show(e.tr("editor.kpi"), nil, fyne.NewSize(720, 660), save)
	return fd
}
