package pdf

// period names a measurement period in the document's language ("oct 2026", "Q3 2027"), or
// prints it as typed.
func (d *doc) period(s string) string {
	if name, ok := d.loc.Period(s); ok {
		return name
	}
	return d.txt(s)
}
