// Package storetest makes the records tests of other packages need in a
// real store, the way the desk makes them.
package storetest

import (
	"fmt"
	"testing"
	"time"

	"frontdesk/repair"
	"frontdesk/store"
)

// ReadyOrders stores n orders, each received at counter 1 by 安娜 with its
// own customer, mobile phone and serial, then diagnosed, repaired and made
// ready: with a gateway configured, each writes its ready message.
func ReadyOrders(tb testing.TB, st *store.Store, n int) {
	tb.Helper()
	for i := range n {
		o, err := st.SaveIntake("安娜", 1, repair.Order{Intake: repair.Intake{
			Name: fmt.Sprintf("张%d", i), Phone: fmt.Sprintf("1380013%04d", i), Serial: fmt.Sprintf("SN%04d", i),
			Kind: repair.Consumer, Device: "notebook", Brand: "联想", Model: "X1", Fault: "不开机", Reproduced: repair.ReproducedYes}})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err = st.UpdateOrder("安娜", 1, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
			for _, to := range []repair.State{repair.StateDiagnosing, repair.StateRepairing} {
				if o, err = repair.Move(o, to, "安娜", now, ""); err != nil {
					return o, err
				}
			}
			o, _ = repair.SetResult(o, repair.Result{Cause: "内存松动", Work: "重装内存", Parts: "无", Advice: "除尘"}, "安娜", now)
			return repair.Move(o, repair.StateReady, "安娜", now, "")
		}); err != nil {
			tb.Fatal(err)
		}
	}
}
