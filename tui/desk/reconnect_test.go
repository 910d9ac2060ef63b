package desk

import (
	"strings"
	"testing"

	"frontdesk/tui/common"
	"frontdesk/wire"
)

// The owner of the database went away mid-intake and came back: the
// status line says it is reconnecting, then that it is back (not the
// failure any longer), and the form keeps what was typed.
func TestReconnectingThenBack(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			down, back := map[string]string{"zh": "正在重新连接", "en": "reconnecting"}[lang], map[string]string{"zh": "已重新连接数据库", "en": "Reconnected to the database"}[lang]
			m := drive(newDesk(t, lang, 80, 24, morning()), press("i")...)
			m = drive(m, press("enter", "1", "3", "9")...)
			m = send(m, common.SnapshotMsg{Err: wire.ErrReconnecting})
			if v := plain(m); !strings.Contains(v, down) || !strings.Contains(v, "139") {
				t.Fatalf("reconnecting not said, or the form lost:\n%s", v)
			}
			checkFits(t, m.View().Content, 80, 24)
			m = send(m, common.SnapshotMsg{Snap: morning()})
			v := plain(m)
			if !strings.Contains(v, back) || strings.Contains(v, down) || !strings.Contains(v, "139") {
				t.Fatalf("back not said, or the form lost:\n%s", v)
			}
			checkFits(t, m.View().Content, 80, 24)
			m = send(m, common.SnapshotMsg{Snap: morning()})
			if v := plain(m); !strings.Contains(v, back) {
				t.Fatalf("a second good read took the line away early:\n%s", v)
			}
		})
	}
}
