package wire

import (
	"frontdesk/notify"
	"frontdesk/store"
)

// notifySentinels are the outbox's errors that cross the wire by name
// (sentinels.go), so that a desk says in its language why a message could
// not be called by hand or a phone not kept.
var notifySentinels = map[string]error{
	"notify.ErrNotPending":   notify.ErrNotPending,
	"notify.ErrNotFailed":    notify.ErrNotFailed,
	"notify.ErrNote":         notify.ErrNote,
	"notify.ErrNotMobile":    notify.ErrNotMobile,
	"notify.ErrUnknownField": notify.ErrUnknownField,
	"notify.ErrTooLong":      notify.ErrTooLong,
	"store.ErrNoMessage":     store.ErrNoMessage,
	"store.ErrNoSender":      store.ErrNoSender,
}
