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

// Every format the page check reports damage in, and every invariant the
// store's check says does not hold, has its words in the catalogue
// (damage.found.FORMAT), read off their source: a new one cannot reach a
// Chinese screen in English unnoticed.
func TestEveryFormatOfDamageHasItsWords(t *testing.T) {
	zh := i18n.New("zh")
	for _, c := range []struct {
		glob, call string
		arg, least int
	}{
		{"../../internal/pagecheck/*.go", "add", 2, 30}, // rep.add(page, bucket, format, …)
		{"../../store/*.go", "disagree", 0, 15},         // disagree(format, …)
	} {
		formats := formatsOf(t, c.glob, c.call, c.arg)
		if len(formats) < c.least {
			t.Errorf("%s: found %d formats of %s: the source was not read as meant", c.glob, len(formats), c.call)
		}
		for _, f := range formats {
			if !zh.Has("damage.found." + f) {
				t.Errorf("%s: no words for %q", c.glob, f)
			}
		}
	}
}

// formatsOf is the string literals given as argument arg of the calls of
// functions (or methods) named call in the files of glob, tests apart;
// "%s" alone, a reason put together elsewhere, is left out.
func formatsOf(t *testing.T, glob, call string, arg int) []string {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	var out []string
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok || len(c.Args) <= arg {
				return true
			}
			name := ""
			switch fn := c.Fun.(type) {
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			case *ast.Ident:
				name = fn.Name
			}
			lit, ok := c.Args[arg].(*ast.BasicLit)
			if name != call || !ok || lit.Kind != gotoken.STRING {
				return true
			}
			if format, _ := strconv.Unquote(lit.Value); format != "%s" {
				out = append(out, format)
			}
			return true
		})
	}
	return out
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
