package repair

import (
	"fmt"
	"slices"
)

// Missing is the standard accessories of the device kind that were not
// handed over (I7), in the kind's order: they are written on the order and
// the slip as missing, so nobody later asks for what never came in.
func Missing(kind DeviceKind, handed []string) []Item {
	var out []Item
	for _, it := range kind.Accessories {
		if !slices.Contains(handed, it.Key) {
			out = append(out, it)
		}
	}
	return out
}

// CheckAccessories checks the keys of the accessories handed over against the
// kind's standard set (I7) and returns them once each in the set's order;
// anything beyond the set is written in the extras text.
func (k DeviceKind) CheckAccessories(handed []string) ([]string, error) {
	return pick(k.Accessories, handed)
}

// CheckCondition checks the keys of the conditions seen against the kind's
// checklist (I8) and returns them once each in the list's order.
func (k DeviceKind) CheckCondition(seen []string) ([]string, error) {
	return pick(k.Condition, seen)
}

// pick returns the keys of list that are in keys, in list order, or
// ErrUnknownItem naming the first key the list lacks.
func pick(list []Item, keys []string) ([]string, error) {
	for _, k := range keys {
		if !slices.ContainsFunc(list, func(it Item) bool { return it.Key == k }) {
			return nil, fmt.Errorf("%w: %q", ErrUnknownItem, k)
		}
	}
	var out []string
	for _, it := range list {
		if slices.Contains(keys, it.Key) {
			out = append(out, it.Key)
		}
	}
	return out, nil
}
