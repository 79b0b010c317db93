package cli

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Each sentinel the CLI knows a fix for gets its command appended, and the
// result still is the sentinel for callers that branch on it.
func TestAdviseNamesTheCommand(t *testing.T) {
	for _, a := range advice {
		err := fmt.Errorf("doing something: %w", a.err)
		got := advise(err)
		if !errors.Is(got, a.err) {
			t.Errorf("%v: advised error no longer wraps it", a.err)
		}
		if !strings.HasSuffix(got.Error(), ": "+a.hint) || !strings.HasPrefix(got.Error(), err.Error()) {
			t.Errorf("%v: advised as %q", a.err, got)
		}
	}
	plain := errors.New("something else")
	if advise(plain) != plain || advise(nil) != nil {
		t.Error("an error without advice is changed")
	}
}

// Lower packages say what is wrong, not which mifm command fixes it: no
// error they make names one.
func TestLowerPackagesGiveNoCommandAdvice(t *testing.T) {
	makers := map[string]bool{"Errorf": true, "New": true, "NewProblem": true}
	for _, root := range []string{"../node", "../chain", "../did"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || !makers[sel.Sel.Name] {
					return true
				}
				for _, arg := range call.Args {
					lit, ok := arg.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					if s, _ := strconv.Unquote(lit.Value); strings.Contains(s, "`mifm ") {
						t.Errorf("%s: error %q names a mifm command; return a sentinel and add the command in cli/advice.go", path, s)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
