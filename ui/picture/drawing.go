package picture

import "fyne.io/fyne/v2"

// drawing is what every picture's renderer shares: the objects it last drew, which it
// draws again from its layout on Refresh, and nothing to free.
type drawing struct{ objects []fyne.CanvasObject }

func (d *drawing) Objects() []fyne.CanvasObject { return d.objects }
func (*drawing) Destroy()                       {}
