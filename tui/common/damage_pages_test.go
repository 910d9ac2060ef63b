package common

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// Every format the page check reports damage in has its words in the
// catalogue (damage.found.FORMAT), read off the check's source: a new one
// cannot reach a Chinese screen in English unnoticed.
func TestEveryPageCheckFormatHasItsWords(t *testing.T) {
	files, err := filepath.Glob("../../internal/pagecheck/*.go")
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	zh := i18n.New("zh")
	seen := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 3 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "add" {
				return true
			}
			lit, ok := call.Args[2].(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			format, _ := strconv.Unquote(lit.Value)
			if format == "%s" { // a reason put together elsewhere: shown as it is
				return true
			}
			seen++
			if !zh.Has("damage.found." + format) {
				t.Errorf("%s: no words for %q", filepath.Base(file), format)
			}
			return true
		})
	}
	if seen < 30 {
		t.Errorf("found %d formats: the source was not read as meant", seen)
	}
}

// A page damage is said in the user's language, values and all.
func TestPageDamageInChinese(t *testing.T) {
	de := store.DamageError{Page: 294, Bucket: "order_heads", Why: "pages",
		Detail: "key of element 0 differs from the first key of page 300",
		Format: "key of element %d differs from the first key of page %d", Args: []string{"0", "300"}}
	if got := DamageText(i18n.New("zh"), de); !strings.Contains(got, "第 0 个元素的键与第 300 页的第一个键不同") || strings.Contains(got, "differs") {
		t.Errorf("zh: %s", got)
	}
	if got := DamageText(i18n.New("en"), de); !strings.Contains(got, "key of element 0 differs from the first key of page 300") {
		t.Errorf("en: %s", got)
	}
}
