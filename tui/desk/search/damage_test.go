package search

import (
	"strings"
	"testing"

	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
)

// A search whose answer has orders the disk damaged shows the intact ones
// and says, in the results, how many are damaged and where; a search that
// failed says why in the results too, not 「正在读取…」.
func TestASearchShowsWhatIsIntactAndNamesTheDamage(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, false)
	d = desktest.Drive(d, desktest.Press("赵敏")...)
	if len(d.M.rows) != 3 {
		t.Fatalf("赵敏 found %v", numbers(d))
	}
	res, err := s.St.Search("赵敏", 20)
	if err != nil {
		t.Fatal(err)
	}
	damaged := res.Heads[1].ID
	res.Heads = append(res.Heads[:1], res.Heads[2:]...)
	res.Damage = []store.DamageError{{Bucket: "order_heads", Key: "7", Why: "checksum mismatch"}}
	d.M = d.M.found(foundMsg{seq: d.M.seq, query: "赵敏", res: res})
	v := d.Plain()
	if len(d.M.rows) != 2 || !strings.Contains(v, "1 张已损坏,未显示:order_heads 中的记录 7 校验不符") {
		t.Fatalf("intact rows %v, damage not named:\n%s", numbers(d), v)
	}
	for _, r := range d.M.rows {
		if r.ID == damaged {
			t.Fatalf("the damaged order is a row")
		}
	}

	failed := &store.PathError{Path: "station.db", Err: store.ErrDamaged, Why: &store.DamageError{Bucket: "orders_by_name", Why: "out of order"}}
	d.M = d.M.found(foundMsg{seq: d.M.seq, query: "赵敏", err: failed})
	v = d.Plain()
	results := v[strings.Index(v, "结果"):]
	if strings.Contains(results, "正在读取") || !strings.Contains(results, "已损坏") {
		t.Fatalf("a failed search is not said in its results:\n%s", v)
	}
}
