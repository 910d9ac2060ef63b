package desk

import (
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// damageLine is what the desk says, on every screen, of the damage the
// owner of the database has met (Snapshot.Damage): the first of it,
// how much more, and what to do. "" while there is none.
func damageLine(t i18n.Catalog, snap store.Snapshot) string {
	if len(snap.Damage) == 0 {
		return ""
	}
	where := common.DamageText(t, snap.Damage[0])
	if more := max(snap.DamageMet, len(snap.Damage)) - 1; more > 0 {
		where = t.T("desk.damage.more", where, more)
	}
	return t.T("desk.damage", where)
}
