package xlsx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Style is how a cell is shown: one of styles.xml's cellXfs, in order.
type Style int

const (
	Plain    Style = iota
	Bold           // text in bold: a header
	DateTime       // a number shown yyyy-mm-dd hh:mm:ss
	Date           // a number shown yyyy-mm-dd
	Amount         // a number shown with two decimals
)

// Cell is one cell of a row. Value is a string (text, never a formula), an
// int, int32, int64, uint, uint32, uint64 or float64 (a number: exact up
// to 2⁵³, as a spreadsheet holds it), a time.Time (the wall clock of its
// location, as a spreadsheet's serial day; the zero time: an empty cell),
// or nil (an empty cell).
type Cell struct {
	Style Style
	Value any
}

// excelEpoch is day 0 of a spreadsheet's serial days (the 1900 date
// system, in which 1900-03-01 is day 61).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// Row writes cells as row n of the open sheet (from 1; each row below the
// last written; rows between stay empty); a nil cell leaves its column
// empty.
func (wb *Workbook) Row(n int, cells []Cell) error {
	switch {
	case wb.cur == nil:
		return errors.New("xlsx: a row before any sheet")
	case n <= wb.rows || n > MaxRows:
		return fmt.Errorf("xlsx: row %d after row %d (at most %d)", n, wb.rows, MaxRows)
	}
	wb.rows = n
	b := append(wb.buf[:0], `<row r="`...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, `">`...)
	for i, c := range cells {
		var err error
		if b, err = appendCellXML(b, i+1, n, c); err != nil {
			return err
		}
	}
	b = append(b, `</row>`...)
	wb.buf = b
	_, err := wb.cur.Write(b)
	return err
}

// appendCellXML appends cell c at column col of row n.
func appendCellXML(b []byte, col, n int, c Cell) ([]byte, error) {
	var num float64
	switch v := c.Value.(type) {
	case nil:
		return b, nil
	case string:
		if strings.TrimSpace(v) == v {
			b = cellStart(b, col, n, c.Style, ` t="inlineStr"><is><t>`)
		} else { // kept as it is, not trimmed by the reader
			b = cellStart(b, col, n, c.Style, ` t="inlineStr"><is><t xml:space="preserve">`)
		}
		b = appendText(b, v)
		return append(b, `</t></is></c>`...), nil
	case time.Time:
		if v.IsZero() {
			return b, nil
		}
		y, m, d := v.Date()
		wall := time.Date(y, m, d, v.Hour(), v.Minute(), v.Second(), v.Nanosecond(), time.UTC)
		num = wall.Sub(excelEpoch).Hours() / 24
		if wall.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
			return nil, fmt.Errorf("xlsx: %s is before 1900-03-01", v.Format(time.DateOnly))
		}
	case int, int32, int64:
		num = float64(reflect.ValueOf(v).Int())
	case uint, uint32, uint64:
		num = float64(reflect.ValueOf(v).Uint())
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("xlsx: %v is not a number a cell holds", v)
		}
		num = v
	default:
		return nil, fmt.Errorf("xlsx: a cell of %T", c.Value)
	}
	b = cellStart(b, col, n, c.Style, `><v>`)
	b = strconv.AppendFloat(b, num, 'g', -1, 64)
	return append(b, `</v></c>`...), nil
}

func cellStart(b []byte, col, n int, s Style, rest string) []byte {
	b = append(b, `<c r="`...)
	b = appendCell(b, col, n)
	b = append(b, '"')
	if s != Plain {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(s), 10)
		b = append(b, '"')
	}
	return append(b, rest...)
}

// appendText appends s as XML text, cut at MaxCellChars; what XML cannot
// hold (control characters, broken UTF-8) becomes U+FFFD.
func appendText(b []byte, s string) []byte {
	if utf8.RuneCountInString(s) > MaxCellChars {
		s = string([]rune(s)[:MaxCellChars])
	}
	w := appender{b}
	xml.EscapeText(&w, []byte(s))
	return w.b
}

type appender struct{ b []byte }

func (a *appender) Write(p []byte) (int, error) {
	a.b = append(a.b, p...)
	return len(p), nil
}
