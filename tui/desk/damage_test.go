package desk

import (
	"strings"
	"testing"

	"frontdesk/store"
	"frontdesk/tui/common"
)

// Damage the owner met (its scrub, or anybody's read) is named on every
// screen: the header marks it, the status line says where and what to do
// whenever it has nothing else to say (the intake's says how to go on, and
// keeps it), and it stays until a read says the file is sound again (a
// restore).
func TestDamageMetIsNamedOnEveryScreen(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			mark := map[string]string{"zh": "数据库损坏", "en": "database damaged"}[lang]
			where := map[string]string{"zh": "orders 中的记录 150 校验不符,另有 2 处", "en": "record 150 of orders fails its checksum, and 2 more"}[lang]
			damaged := morning()
			damaged.Damage = []store.DamageError{{Bucket: "orders", Key: "150", Why: "checksum mismatch"}, {Bucket: "order_heads", Key: "150", Why: "checksum mismatch"}}
			damaged.DamageMet = 3
			m := send(newDesk(t, lang, 80, 24, morning()), common.SnapshotMsg{Snap: damaged})
			for _, keys := range [][]string{nil, {"o"}, {"i"}} {
				m := drive(m, press(keys...)...)
				v := plain(m)
				if !strings.Contains(strings.SplitN(v, "\n", 2)[0], mark) {
					t.Errorf("after %v the header does not mark the damage:\n%s", keys, v)
				}
				if len(keys) > 0 && keys[0] == "i" {
					continue
				}
				if !strings.Contains(v, where) {
					t.Errorf("after %v the damage is not named (%q):\n%s", keys, where, v)
				}
				checkFits(t, m.View().Content, 80, 24)
			}
			m = send(m, common.SnapshotMsg{Snap: morning()})
			if v := plain(m); strings.Contains(v, mark) {
				t.Errorf("the damage still named after a sound read:\n%s", v)
			}
		})
	}
}
