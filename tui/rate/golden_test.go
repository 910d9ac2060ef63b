package rate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// screens are the pad's screens, in lang at w×h: quiet, the question
// (4 under the cursor, so that the selected frame shows), the thanks.
func screens(t *testing.T, lang string, w, h int) map[string]Model {
	t.Helper()
	quietPad := pad(t, &fake{}, lang, w, h, &clock{fixed})
	// The messages the pad's commands would bring, handed in directly:
	// the commands themselves are run by the tests of rate_test.go.
	question, _ := update(t, quietPad, dueMsg{seq: 1, due: dueAt(1), asking: true}, press("right"), press("right"))
	thanks, _ := update(t, question, press("enter"), ratedMsg{key: "T12"})
	return map[string]Model{"quiet": quietPad, "question": question, "thanks": thanks}
}

// TestGolden: the pad's screens in both languages, on a screen of 80×24,
// a small pad of 40×12 and a large screen (the question only).
func TestGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {160, 48}} {
		for _, lang := range []string{"zh", "en"} {
			s := screens(t, lang, size[0], size[1])
			for _, name := range []string{"quiet", "question", "thanks"} {
				if size[0] == 160 && name != "question" {
					continue
				}
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					m := s[name]
					checkFits(t, m, size[0], size[1])
					golden.RequireEqual(t, []byte(plain(m)))
				})
			}
		}
	}
}

// TestTheQuestionShowsAllFiveWhole: at every size from a small pad up,
// the question shows every choice's words whole — nothing cut ("…") —
// and the view fits.
func TestTheQuestionShowsAllFiveWhole(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{40, 12}, {44, 14}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 60}} {
			w, h := size[0], size[1]
			m := screens(t, lang, w, h)["question"]
			v := plain(m)
			checkFits(t, m, w, h)
			words := strings.Fields(strings.NewReplacer("│", " ", "┃", " ").Replace(v))
			for _, s := range Scores {
				for _, word := range strings.Fields(Label(m.c.Text, s)) {
					if !slices.Contains(words, word) {
						t.Errorf("%s %d×%d: %q is not whole:\n%s", lang, w, h, word, v)
					}
				}
			}
			if strings.Contains(v, "…") {
				t.Errorf("%s %d×%d: something is cut:\n%s", lang, w, h, v)
			}
		}
	}
}

// TestNeverOverflows: every screen of the pad, at every size, stays
// inside the terminal.
func TestNeverOverflows(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for w := 1; w <= 200; w += 11 {
			for h := 1; h <= 60; h += 5 {
				for name, m := range screens(t, lang, w, h) {
					t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, w, h), func(t *testing.T) { checkFits(t, m, w, h) })
				}
			}
		}
	}
}
