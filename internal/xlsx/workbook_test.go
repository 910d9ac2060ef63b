package xlsx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// written is a workbook of two sheets, read back by excelize: another
// program's reading of what this package writes.
func written(t *testing.T, build func(*Workbook) error) *excelize.File {
	t.Helper()
	var out bytes.Buffer
	wb := New(&out)
	if err := build(wb); err != nil {
		t.Fatal(err)
	}
	if err := wb.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestAWorkbookReadsBackAsWritten(t *testing.T) {
	at := time.Date(2025, 6, 2, 9, 27, 5, 0, time.FixedZone("CST", 8*3600))
	f := written(t, func(wb *Workbook) error {
		if err := wb.Sheet("排队号", SheetOptions{Widths: []float64{10, 0, 24}, FreezeTop: true, FilterCols: 4}); err != nil {
			return err
		}
		if err := wb.Row(1, []Cell{{Bold, "编号"}, {Bold, "名字"}, {Bold, "时间"}, {Bold, "费用"}}); err != nil {
			return err
		}
		if err := wb.Row(2, []Cell{{Plain, 1}, {Plain, "张三 <&> \"x\"  "}, {DateTime, at}, {Amount, 12.5}}); err != nil {
			return err
		}
		if err := wb.Row(4, []Cell{{Plain, uint64(3)}, {Plain, nil}, {Date, at}, {Plain, "=1+1"}}); err != nil {
			return err
		}
		return wb.Sheet("事件 2", SheetOptions{})
	})
	if got := f.GetSheetList(); strings.Join(got, "|") != "排队号|事件 2" {
		t.Fatalf("sheets %q", got)
	}
	for cell, want := range map[string]string{
		"A1": "编号", "A2": "1", "B2": "张三 <&> \"x\"  ", "C2": "2025-06-02 09:27:05", "D2": "12.50",
		"A3": "", "A4": "3", "B4": "", "C4": "2025-06-02", "D4": "=1+1",
	} {
		if got, err := f.GetCellValue("排队号", cell); err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", cell, got, err, want)
		}
	}
	if formula, _ := f.GetCellFormula("排队号", "D4"); formula != "" {
		t.Errorf("text became the formula %q", formula)
	}
	if typ, _ := f.GetCellType("排队号", "A2"); typ == excelize.CellTypeInlineString {
		t.Errorf("a number is text")
	}
	if w, _ := f.GetColWidth("排队号", "C"); w != 24 {
		t.Errorf("column C is %v wide, want 24", w)
	}
	if panes, _ := f.GetPanes("排队号"); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v, want the top row frozen", panes)
	}
	if s, _ := f.GetCellStyle("排队号", "A1"); s != int(Bold) {
		t.Errorf("the header's style %d", s)
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].RefersTo != "'排队号'!$A$1:$D$4" {
		t.Errorf("filter names %+v", names)
	}
	if rows, _ := f.GetRows("事件 2"); len(rows) != 0 {
		t.Errorf("the empty sheet has %q", rows)
	}
}

// What XML cannot hold does not break the file: a control character and
// broken UTF-8 become U+FFFD, and text is cut at MaxCellChars.
func TestTextThatXMLCannotHold(t *testing.T) {
	long := strings.Repeat("修", MaxCellChars+10)
	f := written(t, func(wb *Workbook) error {
		if err := wb.Sheet("s", SheetOptions{}); err != nil {
			return err
		}
		return wb.Row(1, []Cell{{Plain, "a\x1bb\xffc\nd"}, {Plain, long}})
	})
	if got, _ := f.GetCellValue("s", "A1"); got != "a\uFFFDb\uFFFDc\nd" {
		t.Errorf("A1 = %q", got)
	}
	if got, _ := f.GetCellValue("s", "B1"); len([]rune(got)) != MaxCellChars {
		t.Errorf("B1 holds %d characters, want %d", len([]rune(got)), MaxCellChars)
	}
}

func TestWhatAWorkbookRefuses(t *testing.T) {
	wb := New(&bytes.Buffer{})
	if err := wb.Row(1, nil); err == nil {
		t.Error("a row before any sheet")
	}
	for _, name := range []string{"", "a/b", "x[1]", "'q", strings.Repeat("长", 32)} {
		if err := wb.Sheet(name, SheetOptions{}); err == nil {
			t.Errorf("sheet name %q taken", name)
		}
	}
	if err := wb.Sheet("s", SheetOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := wb.Sheet("S", SheetOptions{}); err == nil {
		t.Error("a second sheet of the same name")
	}
	if err := wb.Row(2, nil); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 1, MaxRows + 1} {
		if err := wb.Row(n, nil); err == nil {
			t.Errorf("row %d after row 2", n)
		}
	}
	for _, v := range []any{true, time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC), struct{}{}} {
		if err := wb.Row(3, []Cell{{Plain, v}}); err == nil {
			t.Errorf("a cell of %v", v)
		}
	}
	if err := New(&bytes.Buffer{}).Close(); err == nil {
		t.Error("a workbook without sheets")
	}
}

func TestCellName(t *testing.T) {
	for col, want := range map[int]string{1: "A1", 26: "Z1", 27: "AA1", 28: "AB1", 702: "ZZ1", 703: "AAA1", 16384: "XFD1"} {
		if got := CellName(col, 1); got != want {
			t.Errorf("column %d: %s, want %s", col, got, want)
		}
	}
}

// The parts a spreadsheet looks for are all there, the sheets first.
func TestThePartsOfAWorkbook(t *testing.T) {
	var out bytes.Buffer
	wb := New(&out)
	wb.Sheet("a", SheetOptions{})
	wb.Sheet("b", SheetOptions{})
	if err := wb.Close(); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
	}
	want := "xl/worksheets/sheet1.xml|xl/worksheets/sheet2.xml|[Content_Types].xml|_rels/.rels|xl/workbook.xml|xl/_rels/workbook.xml.rels|xl/styles.xml"
	if strings.Join(names, "|") != want {
		t.Errorf("parts %q", names)
	}
}
