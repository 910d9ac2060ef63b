package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// TestR3_CSVHeaderContract: the columns of every CSV file, the head
// office's contract (README), in both languages, one column a line after
// its number: the same columns in both (only the header row translated).
// Each file begins with the byte-order mark and ends its records in CRLF.
// go test ./tui/cli -run CSVHeaderContract -update rewrites the golden
// files after a change of columns, which the README must follow.
func TestR3_CSVHeaderContract(t *testing.T) {
	st, p := exportStation(t)
	width := map[string]int{}
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			e, _ := exportEnv(st, lang)
			if err := Export(e, p, ExportOptions{Format: "csv", Dir: dir, Station: tongchuang}); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, name := range []string{"tickets", "orders", "events", "requests", "hotline"} {
				path := filepath.Join(dir, name+"_SH-001_2025-06-02_2025-06-02.csv")
				raw, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.HasPrefix(raw, []byte(bom)) || !bytes.HasSuffix(raw, []byte("\r\n")) || bytes.Count(raw, []byte("\r\n")) != bytes.Count(raw, []byte("\n")) {
					t.Errorf("%s: want the BOM first and every record ended by CRLF", name)
				}
				header := readCSV(t, path)[0]
				if w, ok := width[name]; ok && w != len(header) {
					t.Errorf("%s: %d columns in %s, %d in zh", name, len(header), lang, w)
				}
				width[name] = len(header)
				fmt.Fprintf(&b, "%s_<code>_<first>_<last>.csv\n", name)
				for i, h := range header {
					fmt.Fprintf(&b, "%3d %s\n", i+1, h)
				}
			}
			golden.RequireEqual(t, []byte(b.String()))
		})
	}
}

// TestEveryEventKindIsAWord: the export's event column has a word in both
// languages for every kind the store logs.
func TestEveryEventKindIsAWord(t *testing.T) {
	kinds := []string{
		store.KindTake, store.KindCall, store.KindRecall, store.KindStart, store.KindFinish, store.KindNoShow,
		store.KindReturn, store.KindTransfer, store.KindAway, store.KindBack, store.KindPause, store.KindResume,
		store.KindSignIn, store.KindClose, store.KindIntake, store.KindOrder, store.KindHandBack, store.KindPickupTry,
		store.KindRequest, store.KindHotline,
	}
	for _, lang := range []string{"zh", "en"} {
		r := rower{t: i18n.New(lang)}
		for _, k := range kinds {
			if w, code := r.word("export.event.", k); w == code || strings.HasPrefix(w.(string), "[") {
				t.Errorf("%s: the event %q has no word (%v)", lang, k, w)
			}
		}
	}
}
