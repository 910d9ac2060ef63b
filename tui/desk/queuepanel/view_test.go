package queuepanel

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
)

// morningBoard is the board of the morning station, read once.
func morningBoard(t *testing.T, c common.Common) parts.Board {
	t.Helper()
	s := desktest.MorningStation(t)
	b := parts.NewBoard()
	for _, msg := range desktest.Execute(b.Reload(s.St)) {
		if err := b.Take(c, msg.(parts.BoardMsg)); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// TestViewIsTheDesksGolden: the screen draws, byte for byte, what the old
// desk drew in tui/desk's TestGoldenDesk (its golden files are read, not
// copied), the board beside the queue or its counts above.
func TestViewIsTheDesksGolden(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			name := fmt.Sprintf("%s_%dx%d", lang, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join("..", "testdata", "TestGoldenDesk", name+".golden"))
				if err != nil {
					t.Fatal(err)
				}
				d := newDesk(t, lang, size[0], size[1], desktest.Morning())
				d.M.SetBoard(morningBoard(t, d.M.c))
				v := d.M.View()
				screentest.CheckFits(t, "the view", v, size[0], size[1])
				if got := desktest.Plain(v); got != string(want) {
					t.Errorf("the view differs from the desk's golden file:\n%s\nwant:\n%s", got, want)
				}
			})
		}
	}
}

// TestBoardBesideTheQueue: at 80 columns the queue screen keeps its panel
// and shows the board's counts; from 120 the chosen list is drawn beside it.
func TestBoardBesideTheQueue(t *testing.T) {
	narrow := newDesk(t, "zh", 80, 24, desktest.Morning())
	board := morningBoard(t, narrow.M.c)
	narrow.M.SetBoard(board)
	if v := narrow.Plain(); !strings.Contains(v, "维修单  在修 6 · 今日承诺 1 · 超期 1") || !strings.Contains(v, "等候队列") {
		t.Errorf("the narrow queue screen lacks the board's counts:\n%s", v)
	}
	wide := newDesk(t, "zh", 140, 40, desktest.Morning())
	wide.M.SetBoard(board)
	if v := wide.Plain(); !strings.Contains(v, "维修单看板 · 在修 · 6") || !strings.Contains(v, "R2611180001") || !strings.Contains(v, "等候队列") {
		t.Errorf("the wide queue screen lacks the board's list:\n%s", v)
	}
}
