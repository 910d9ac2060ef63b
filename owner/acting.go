package owner

// An SSH session's way into the owner (Session) acts for the person
// the session was authenticated as: what their role may ask for is all it
// may call, and every argument that names who acts is that person's
// name, whatever the program sent — so no one over SSH can type another
// person's name into an event. A connection on the unix socket is the
// station's own account's, which holds the file anyway: it is trusted as
// it was.

import (
	"fmt"
	"reflect"

	"frontdesk/staff"
)

// NotAllowedError says which operation was refused, for which role, and
// which roles may do it; it is staff.ErrSupervisorOnly when only a
// supervisor may, else staff.ErrNotAllowed (sentinels that cross the wire,
// so the screens say it in their language).
type NotAllowedError struct {
	Op   string
	Role staff.Role
	May  []staff.Role
}

func (e *NotAllowedError) Error() string {
	return fmt.Sprintf("%v: %s as %s (may: %v)", e.Unwrap(), e.Op, e.Role, e.May)
}

func (e *NotAllowedError) Unwrap() error {
	if len(e.May) == 1 && e.May[0] == staff.Supervisor {
		return staff.ErrSupervisorOnly
	}
	return staff.ErrNotAllowed
}

// actor is, per operation, which argument names who acts: a string (who,
// engineer), or a struct whose Who or Engineer field does. TestActorArgs
// reads store/iface.go to keep it whole.
var actor = map[string]int{
	"Take": 2, "CallNext": 1, "FinishAndCallNext": 1, "CallTicket": 2, "Recall": 1,
	"Start": 1, "Finish": 1, "NoShow": 1, "Transfer": 3, "CallOutOfType": 2,
	"ReturnNoShow": 1, "StepAway": 1, "ComeBack": 1, "CloseDay": 1, "SetPaused": 2,
	"SignIn": 1, "OpenDesk": 1,
	"SaveIntake": 0, "HandBack": 0, "ReplaceOrder": 0, "VerifyPickup": 0,
	"AddStaff": 0, "RemoveStaff": 0, "SaveDraft": 0, "RecoverOrders": 1,
	"SetPIN": 0, "AskApproval": 0, "Approve": 0, "ApproveWithPIN": 0,
	"OpenRequest": 0, "ReplaceRequest": 0, "LogCall": 0, "ReplaceCall": 0,
	"Rate": 0, "RateTicket": 0, "CloseFollowUp": 0,
	"TicketPhone": 0, "HandleMessage": 0,
}

// stamp sets the argument of op that names who acts to name.
func stamp(op string, in []reflect.Value, name string) {
	i, ok := actor[op]
	if !ok || i >= len(in) {
		return
	}
	v := reflect.New(in[i].Type()).Elem()
	v.Set(in[i])
	switch v.Kind() {
	case reflect.String:
		v.SetString(name)
	case reflect.Struct:
		for _, f := range []string{"Who", "Engineer"} {
			if fv := v.FieldByName(f); fv.IsValid() && fv.Kind() == reflect.String {
				fv.SetString(name)
			}
		}
	}
	in[i] = v
}

// permit says whether a session of role may call op.
func permit(role staff.Role, op string) error {
	if roles[role][op] {
		return nil
	}
	var may []staff.Role
	for _, r := range staff.Roles {
		if roles[r][op] {
			may = append(may, r)
		}
	}
	return &NotAllowedError{Op: op, Role: role, May: may}
}
