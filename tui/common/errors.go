package common

import (
	"errors"
	"fmt"
	"strings"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/i18n"
	"frontdesk/wire"
)

// Explain turns an error of the queue rules or the store into a sentence in
// the user's language. Unknown errors are shown wrapped, never dropped.
func Explain(t i18n.Catalog, cfg queue.Config, err error) string {
	var pe *store.PathError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &pe) && errors.Is(err, store.ErrLocked):
		return t.T("err.locked", pe.Path, pe.Wait)
	case errors.As(err, &pe) && errors.Is(err, store.ErrBackupDamaged):
		return t.T("err.backupDamaged", pe.Path, Inert(fmt.Sprint(pe.Why)))
	case errors.As(err, &pe) && errors.Is(err, store.ErrNotDatabase):
		return t.T("err.notDatabase", pe.Path)
	case errors.As(err, &pe) && errors.Is(err, store.ErrDamaged):
		return t.T("err.damaged", pe.Path, DamageWhere(t, err))
	case errors.Is(err, store.ErrCopySchema):
		return t.T("err.copySchema")
	case errors.As(err, &pe) && errors.Is(err, store.ErrUnwritable):
		return t.T("err.unwritable", pe.Path, pe.Why)
	case errors.As(err, &pe) && errors.Is(err, store.ErrNewerSchema):
		return t.T("err.newerSchema", pe.Path)
	case errors.As(err, &pe) && errors.Is(err, store.ErrDiskFull):
		return t.T("err.diskFull", pe.Path)
	case errors.Is(err, wire.ErrReconnecting):
		return t.T("err.reconnecting")
	case errors.Is(err, wire.ErrLinkLost):
		return t.T("err.linkLost")
	case errors.Is(err, wire.ErrTimeout):
		return t.T("err.noAnswer")
	case errors.Is(err, queue.ErrUnknownType):
		return t.T("err.unknownType", detail(err), typeCodes(cfg))
	case errors.Is(err, queue.ErrUnknownCounter):
		return t.T("err.unknownCounter", detail(err), counterNumbers(cfg))
	}
	for _, k := range []struct {
		err error
		key string
	}{
		{queue.ErrNotServed, "err.notServed"},
		{queue.ErrPaused, "err.paused"},
		{queue.ErrNoneWaiting, "err.noneWaiting"},
		{queue.ErrNotYours, "err.notYours"},
		{queue.ErrState, "err.state"},
		{queue.ErrNoCurrent, "err.noCurrent"},
		{queue.ErrBusy, "err.busy"},
		{queue.ErrNotFound, "err.notFound"},
		{queue.ErrReason, "err.reason"},
		{queue.ErrSameTarget, "err.sameTarget"},
		{queue.ErrServedElsewhere, "err.servedElsewhere"},
		{staff.ErrRole, "err.staff.role"},
		{staff.ErrKey, "err.staff.key"},
		{staff.ErrTooMany, "err.staff.tooMany"},
		{staff.ErrExists, "err.staff.exists"},
		{staff.ErrUnknown, "err.staff.unknown"},
		{staff.ErrKeyTaken, "err.staff.keyTaken"},
		{staff.ErrSupervisorOnly, "err.staff.supervisorOnly"},
		{staff.ErrNotAllowed, "err.staff.notAllowed"},
		{staff.ErrPIN, "err.staff.pin"},
		{staff.ErrWrongPIN, "err.staff.wrongPIN"},
		{staff.ErrNoPIN, "err.staff.noPIN"},
		{staff.ErrNotSupervisor, "err.staff.notSupervisor"},
		{store.ErrApprovalUnknown, "err.approval.unknown"},
		{store.ErrApprovalDecided, "err.approval.decided"},
		{store.ErrApprovalExpired, "err.approval.expired"},
		{store.ErrApprovalWhat, "err.approval.what"},
		{repair.ErrControl, "err.text.control"},
		{repair.ErrRequired, "err.text.required"},
		{repair.ErrTooLong, "err.text.tooLong"},
	} {
		if errors.Is(err, k.err) {
			return t.T(k.key)
		}
	}
	return t.T("err.other", Inert(err.Error()))
}

// detail is what an error says after its sentinel's text: "unknown service
// type: \"X\"" gives "\"X\"".
func detail(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return Inert(s[i+2:])
	}
	return Inert(s)
}

func typeCodes(cfg queue.Config) string {
	codes := make([]string, 0, len(cfg.Types))
	for _, t := range cfg.Types {
		codes = append(codes, t.Code)
	}
	return strings.Join(codes, " ")
}

func counterNumbers(cfg queue.Config) string {
	ns := make([]string, 0, len(cfg.Counters))
	for _, k := range cfg.Counters {
		ns = append(ns, fmt.Sprint(k.Number))
	}
	return strings.Join(ns, " ")
}

// ExplainRead is why a desk screen could not read what it shows: while
// the link to the owner of the database is being made again, only that
// (nothing was being saved); otherwise that the database is not readable,
// and why.
func ExplainRead(t i18n.Catalog, cfg queue.Config, err error) string {
	if linkDown(err) {
		return t.T("db.reconnecting")
	}
	return t.T("db.offline", Explain(t, cfg, err))
}

// ExplainShown is ExplainRead for the customers' screens (the display, the
// kiosk), which say the reason alone.
func ExplainShown(t i18n.Catalog, cfg queue.Config, err error) string {
	if linkDown(err) {
		return t.T("db.reconnecting")
	}
	return Explain(t, cfg, err)
}

// linkDown is an error of the link to the owner, not of the database.
func linkDown(err error) bool {
	return errors.Is(err, wire.ErrReconnecting) || errors.Is(err, wire.ErrLinkLost) || errors.Is(err, wire.ErrTimeout)
}
