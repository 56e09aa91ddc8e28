package domain

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"testing"
)

// Every Field constant names a field SetField sets, and every field SetField sets has its
// constant: the constants are how the rest of the program names them.
func TestEveryFieldHasItsConstant(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "edit_fields.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var declared []Field
	ast.Inspect(f, func(n ast.Node) bool {
		v, ok := n.(*ast.ValueSpec)
		if !ok || v.Type == nil || typeName(v.Type) != "Field" {
			return true
		}
		for _, x := range v.Values {
			s, err := strconv.Unquote(x.(*ast.BasicLit).Value)
			if err != nil {
				t.Fatal(err)
			}
			declared = append(declared, Field(s))
		}
		return true
	})
	slices.Sort(declared)
	if got := Fields(); !slices.Equal(declared, got) {
		t.Fatalf("constants %v\nfields    %v", declared, got)
	}
}

func typeName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
