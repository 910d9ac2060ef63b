package intake

import (
	"os"
	"path/filepath"
	"testing"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// TestViewIsTheDesksGoldenIntake: the intake draws, byte for byte, what the
// desk's golden files hold for the same keys (tui/desk's TestGoldenIntake,
// which stays there; its files are read, not copied).
func TestViewIsTheDesksGoldenIntake(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, step := range desktest.IntakeSteps() {
			t.Run(lang+"_"+step.Name, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join("..", "testdata", "TestGoldenIntake", lang+"_"+step.Name+".golden"))
				if err != nil {
					t.Skip("the desk's golden file is gone:", err)
				}
				m := atIntake(t, lang, 80, 24)
				m = drive(m, press(step.Keys...)...)
				v := m.View()
				screentest.CheckFits(t, "the view", v, 80, 24)
				if got := desktest.Plain(v); got != string(want) {
					t.Errorf("the view is not the desk's:\n%s\nwant:\n%s", got, want)
				}
			})
		}
	}
}
