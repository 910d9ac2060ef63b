package order

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// sameAsDesk fails unless view, stripped of styling, is byte for byte the
// golden file the old desk drew for the same state (tui/desk/testdata):
// the order screen must not change in moving to its own package. The
// golden tests themselves stay in tui/desk.
func sameAsDesk(t *testing.T, view string, w, h int, golden ...string) {
	t.Helper()
	screentest.CheckFits(t, "the order screen", view, w, h)
	want, err := os.ReadFile(filepath.Join(append([]string{"..", "testdata"}, golden...)...))
	if err != nil {
		t.Fatal(err)
	}
	if got := desktest.Plain(view); got != string(want) {
		t.Errorf("the view differs from the desk's %s:\n%s\nwant:\n%s", filepath.Join(golden...), got, want)
	}
}

func TestViewAsTheDeskDrewIt(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			d := open(t, s, lang, size[0], size[1], "R2611180001")
			sameAsDesk(t, d.M.View(), size[0], size[1], "TestGoldenOrder", fmt.Sprintf("%s_%dx%d.golden", lang, size[0], size[1]))
		}
		d := drive(open(t, s, lang, 80, 24, "R2611200001"), press("s")...)
		sameAsDesk(t, d.M.View(), 80, 24, "TestGoldenOrderMove", lang+".golden")
	}
}
