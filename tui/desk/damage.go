package desk

import (
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// damageLine is where the owner of the database has met damage
// (Snapshot.Damage), as every screen of the desk says it: the first of
// it, and how much more. "" while there is none.
func damageLine(t i18n.Catalog, snap store.Snapshot) string {
	if len(snap.Damage) == 0 {
		return ""
	}
	where := common.DamageText(t, snap.Damage[0])
	if more := max(snap.DamageMet, len(snap.Damage)) - 1; more > 0 {
		where = t.T("desk.damage.more", where, more)
	}
	return where
}
