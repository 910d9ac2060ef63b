package care

import "slices"

// When an offer is mentioned (C3): at the farewell of a pickup, at the end
// of an intake, or at the end of an on-site visit.
const (
	AtPickup = "pickup"
	AtIntake = "intake"
	AtOnsite = "onsite"
)

// Offer is one thing the customer is entitled to or may want, as the
// station configures it: shown to the engineer at the right moment, once,
// to mention — never in the customer's way.
type Offer struct {
	Key  string   `json:"key"`
	Zh   string   `json:"zh"`
	En   string   `json:"en"`
	When []string `json:"when"` // AtPickup, AtIntake, AtOnsite
	// OutOfWarranty: only for a device out of warranty (a protection plan
	// is no news to one covered).
	OutOfWarranty bool `json:"out_of_warranty,omitempty"`
}

// DefaultOffers are 000's: 「整机保护别忘记」「上门权益主动提」.
func DefaultOffers() []Offer {
	return []Offer{
		{Key: "protection", When: []string{AtPickup, AtIntake}, OutOfWarranty: true,
			Zh: "整机保护服务:意外损坏也可保修,可在本站办理。", En: "Accidental damage protection: covers accidents too; can be bought here."},
		{Key: "onsite", When: []string{AtPickup, AtOnsite},
			Zh: "上门服务权益:商用及延保用户可享上门服务,拨打服务热线预约。", En: "On-site entitlement: business and extended-warranty customers may book a visit on the hotline."},
	}
}

// OffersFor is what to mention at when, for a device in warranty or not.
func OffersFor(offers []Offer, when string, inWarranty bool) []Offer {
	var out []Offer
	for _, o := range offers {
		if slices.Contains(o.When, when) && (!o.OutOfWarranty || !inWarranty) {
			out = append(out, o)
		}
	}
	return out
}

// Text is the offer in lang.
func (o Offer) Text(lang string) string {
	if lang == "en" && o.En != "" {
		return o.En
	}
	return o.Zh
}
