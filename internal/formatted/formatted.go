// Package formatted keeps a message's values as its format's verbs write
// them: a message made of a fixed format ("page id %d in header of page
// %d") and these values can be said again in another language by a
// catalogue that has words for the format (tui/i18n, damage.found.*).
package formatted

import (
	"fmt"
	"strings"
)

// Args writes each of args as its verb in format does ("%#x": "0x10"),
// in order; a format with fewer verbs than args leaves the rest out.
func Args(format string, args []any) []string {
	var out []string
	for i := 0; i < len(format) && len(out) < len(args); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("#+- 0123456789.", format[j]) >= 0 {
			j++
		}
		if j == len(format) {
			break
		}
		if format[j] != '%' {
			out = append(out, fmt.Sprintf(format[i:j+1], args[len(out)]))
		}
		i = j
	}
	return out
}
