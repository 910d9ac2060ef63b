package common

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Punctuation that may not begin a line, and that may not end one
// (the Chinese line-breaking rules, 避头尾).
const (
	noStart = ",。、;:!?)」』》〉】〕…%,.;:!?)]}'\""
	noEnd   = "(「『《〈【〔([{"
)

// cluster is one user-perceived character and its width in cells.
type cluster struct {
	text string
	w    int
}

// Clusters splits s into its grapheme clusters: the characters a reader
// sees, a wide one or an accented one whole.
func Clusters(s string) []string {
	cs := split(s)
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.text)
	}
	return out
}

func split(s string) []cluster {
	var out []cluster
	for s != "" {
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" {
			break
		}
		out = append(out, cluster{c, w})
		s = s[len(c):]
	}
	return out
}

// token is what a line may not be broken inside: a word of narrow
// characters, or one wide character with the punctuation glued to it.
type token struct {
	cs    []cluster
	w     int
	space bool // a space stands before it
}

func (t *token) add(c cluster) { t.cs = append(t.cs, c); t.w += c.w }

// Wrap breaks s into lines of at most w cells, CJK-aware. Lines break at
// spaces, and between two wide (CJK) characters or a wide character and a
// word; a word is broken only when it alone is wider than a line. A
// character is never split, closing punctuation never begins a line and
// opening punctuation never ends one. Runs of spaces count as one; an empty
// s has no lines. s is plain text: style the lines after.
func Wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	w = max(w, 2) // room for one wide character
	return fill(tokens(s), w)
}

// tokens cuts s into what Wrap may not break inside, in order.
func tokens(s string) []*token {
	var (
		toks  []*token
		space bool // a space since the last token
		word  bool // the last token is a word that goes on
		glue  bool // the last token ends in opening punctuation
	)
	for _, c := range split(s) {
		r, _ := utf8.DecodeRuneInString(c.text)
		last := len(toks) - 1
		switch {
		case strings.TrimSpace(c.text) == "":
			space, word, glue = true, false, false
			continue
		case c.w == 0 && last >= 0:
			toks[last].add(c) // a mark on its own: stays with what it follows
			continue
		case last >= 0 && !space && (glue || strings.ContainsRune(noStart, r) || (word && c.w < 2)):
			toks[last].add(c)
		default:
			toks = append(toks, &token{space: space})
			toks[last+1].add(c)
		}
		word = c.w < 2
		glue = strings.ContainsRune(noEnd, r)
		space = false
	}
	return toks
}

// fill lays tokens into lines of at most w cells, a token wider than a
// line broken by characters.
func fill(toks []*token, w int) []string {
	var (
		lines []string
		b     strings.Builder
		bw    int
	)
	flush := func() {
		lines = append(lines, b.String())
		b.Reset()
		bw = 0
	}
	for _, t := range toks {
		sp := 0
		if t.space && bw > 0 {
			sp = 1
		}
		if bw > 0 && bw+sp+t.w > w {
			flush()
			sp = 0
		}
		if sp == 1 {
			b.WriteByte(' ')
			bw++
		}
		if t.w <= w-bw {
			for _, c := range t.cs {
				b.WriteString(c.text)
			}
			bw += t.w
			continue
		}
		for _, c := range t.cs { // wider than a line: broken by characters
			if bw > 0 && bw+c.w > w {
				flush()
			}
			b.WriteString(c.text)
			bw += c.w
		}
	}
	if bw > 0 {
		flush()
	}
	return lines
}
