package pdf

// coverageMatrix draws our team × their people (internal edition).
func (d *doc) coverageMatrix() {}
