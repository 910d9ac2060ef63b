package common

import (
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// DamageWhere says where err found the database damaged, in the user's
// language: a record of a bucket, a page of the file, or the store's own
// words for the file as a whole. Keys and texts come from the damaged file
// and are made inert.
func DamageWhere(t i18n.Catalog, err error) string {
	de, ok := store.DamageOf(err)
	if !ok {
		return Inert(err.Error())
	}
	return DamageText(t, *de)
}

// DamageText is DamageWhere of one damage the store names.
func DamageText(t i18n.Catalog, de store.DamageError) string {
	why := Inert(de.Why)
	if t.Has("damage.why." + de.Why) {
		why = t.T("damage.why." + de.Why)
	}
	switch {
	case de.Format != "" && t.Has("damage.found."+de.Format):
		args := make([]any, len(de.Args))
		for i, a := range de.Args {
			args[i] = Inert(a)
		}
		why = t.T("damage.detail", why, t.T("damage.found."+de.Format, args...))
	case de.Detail != "":
		why = t.T("damage.detail", why, Inert(de.Detail))
	}
	switch {
	case de.Page != 0 && de.Bucket == "":
		return t.T("damage.page.file", de.Page, why)
	case de.Page != 0:
		return t.T("damage.page", de.Page, Inert(de.Bucket), why)
	case de.Key != "":
		return t.T("damage.record", Inert(de.Bucket), Inert(de.Key), why)
	case de.Bucket != "" && de.Bucket != "*":
		return t.T("damage.bucket", Inert(de.Bucket), why)
	}
	return why
}
