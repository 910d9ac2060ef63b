package notify

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A template is the text of a moment with its fields in braces:
// "您送修的{device}(维修单{order})已修好". "{{" and "}}" stand for a brace
// itself. It is checked when the configuration is read (Check), so that a
// message is never composed from a template that cannot be filled.

// MaxText is the longest text a template may give, in characters: seven
// segments of a concatenated SMS of 70 Chinese characters each. A longer
// one is the configuration's mistake, not something to send in pieces.
const MaxText = 490

var (
	ErrUnknownField = errors.New("notify: the template names a field this moment does not have")
	ErrBrace        = errors.New("notify: a brace of the template is not closed or not opened")
	ErrEmpty        = errors.New("notify: the template is empty")
	ErrTooLong      = errors.New("notify: the text is too long for a text message")
)

// FieldError names the field a template may not use and what it may.
type FieldError struct {
	Moment Moment
	Field  string
	May    []string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%v: {%s} in %s (it may use %s)", ErrUnknownField, e.Field, e.Moment, strings.Join(e.May, ", "))
}

func (e *FieldError) Unwrap() error { return ErrUnknownField }

// Check says whether text is a template of m: its braces balanced, every
// field one of Fields(m), and its own words within MaxText — a template
// longer than a text may be could never be sent, whatever its fields hold.
func Check(m Moment, text string) error {
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	may := Fields(m)
	n := 0
	err := walk(text, func(lit string) { n += utf8.RuneCountInString(lit) }, func(field string) error {
		if !slices.Contains(may, field) {
			return &FieldError{Moment: m, Field: field, May: may}
		}
		return nil
	})
	if err == nil && n > MaxText {
		err = fmt.Errorf("%w: %d characters without its fields (at most %d)", ErrTooLong, n, MaxText)
	}
	return err
}

// Render fills text's fields from values (a field without a value is
// left empty) and returns the message's text, one line of at most MaxText
// characters: a value's line breaks and control characters become spaces,
// so that a customer's note cannot make the text something else.
func Render(text string, values map[string]string) (string, error) {
	var b strings.Builder
	err := walk(text, func(lit string) { b.WriteString(lit) }, func(field string) error {
		b.WriteString(flat(values[field]))
		return nil
	})
	if err != nil {
		return "", err
	}
	out := strings.TrimSpace(b.String())
	if utf8.RuneCountInString(out) > MaxText {
		return "", fmt.Errorf("%w: %d characters (at most %d)", ErrTooLong, utf8.RuneCountInString(out), MaxText)
	}
	return out, nil
}

// walk hands text's literal runs to lit and its fields to field.
func walk(text string, lit func(string), field func(string) error) error {
	for text != "" {
		i := strings.IndexAny(text, "{}")
		if i < 0 {
			lit(text)
			return nil
		}
		lit(text[:i])
		c, rest := text[i], text[i+1:]
		switch {
		case strings.HasPrefix(rest, string(c)): // "{{" or "}}"
			lit(string(c))
			text = rest[1:]
		case c == '}':
			return fmt.Errorf("%w: a lone }", ErrBrace)
		default:
			j := strings.IndexAny(rest, "{}")
			if j < 0 || rest[j] != '}' {
				return fmt.Errorf("%w: { without }", ErrBrace)
			}
			if err := field(strings.TrimSpace(rest[:j])); err != nil {
				return err
			}
			text = rest[j+1:]
		}
	}
	return nil
}

// flat is a value on one line, without control characters.
func flat(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || r == ' '
	}), " ")
}
