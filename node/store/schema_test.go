package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Two packages whose key spaces overlap read and overwrite each other's
// records: no prefix (or single key) of the schema may start another.
func TestSchemaPrefixesDoNotOverlap(t *testing.T) {
	all := Schema()
	for i, a := range all {
		if a == "" {
			t.Errorf("entry %d of the schema is empty", i)
		}
		for j, b := range all {
			if i != j && strings.HasPrefix(b, a) {
				t.Errorf("%q is a prefix of %q: their keys overlap", a, b)
			}
		}
	}
}

// A constant added to schema.go but not to Schema() would escape the
// overlap test: every string constant of the file is listed.
func TestSchemaListsEveryConstant(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "schema.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	listed := Schema()
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v, _ := strconv.Unquote(lit.Value)
				if !slices.Contains(listed, v) {
					t.Errorf("%s (%q) is not in Schema()", name.Name, v)
				}
			}
		}
	}
}
