package onsite

import (
	"slices"
	"time"

	"frontdesk/repair"
)

// MaxPart is the longest name of a part, in characters.
const MaxPart = 40

// NeedPart records a part the visit may need (S5): the engineer draws it
// from stock before going, or, none in stock, requests it; then the
// customer hears the part-not-in-stock apology, which NeedPart returns
// (repair.PartNotInStock, the carry-in counter's words), and r shows the
// part awaited until PartArrived. A visit may still be scheduled while a
// part is awaited — for after it is due — as the engineer judges. The
// same part is named once.
func NeedPart(r *Request, name string, inStock bool, who string, now time.Time) (string, error) {
	if r.State.Final() {
		return "", ErrClosed
	}
	name, err := cleanLine(name, MaxPart, true)
	if err != nil {
		return "", Problem{Field: "part", Err: err, Limit: MaxPart}
	}
	if slices.ContainsFunc(r.Parts, func(p Part) bool { return p.Name == name }) {
		return "", ErrPartTwice
	}
	p := Part{Name: name, InStock: inStock}
	text, script := "needed "+name+", in stock", ""
	if inStock {
		p.Drawn = now.UTC()
	} else {
		text, script = "needed "+name+", awaited", repair.PartNotInStock(name)
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepPart, Text: text})
	c.Parts = append(slices.Clone(r.Parts), p)
	*r = c
	return script, nil
}

// PartArrived records an awaited part arrived and drawn (S5): the customer
// is called to agree the visit (AgreeTime).
func PartArrived(r *Request, name, who string, now time.Time) error {
	i := slices.IndexFunc(r.Parts, func(p Part) bool { return p.Name == name })
	switch {
	case r.State.Final():
		return ErrClosed
	case i < 0:
		return ErrNoPart
	case r.Parts[i].InStock:
		return ErrNotAwaiting
	case !r.Parts[i].Arrived.IsZero():
		return ErrPartHere
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepPart, Text: "arrived " + name})
	c.Parts = slices.Clone(r.Parts)
	c.Parts[i].Arrived, c.Parts[i].Drawn = now.UTC(), now.UTC()
	*r = c
	return nil
}

// Awaited is the parts r still waits for, in the order they were needed.
func Awaited(r Request) []Part {
	var out []Part
	for _, p := range r.Parts {
		if !p.InStock && p.Arrived.IsZero() {
			out = append(out, p)
		}
	}
	return out
}
