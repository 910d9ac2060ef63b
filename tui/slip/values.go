// The values on the claim slip: how each field of an order is worded.

package slip

import (
	"fmt"
	"strings"
	"time"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// MaskPhone hides a phone number on the slip, which may get lost
// (repair.MaskPhone): only the first three digits stay.
func MaskPhone(phone string) string { return repair.MaskPhone(phone) }

// claimCode writes a claim code in groups of four, the way it is read out:
// "ABCDEFGH" → "ABCD-EFGH". A code that is not plain ASCII (it never is,
// unless the database was tampered with) is printed as stored.
func claimCode(code string) string {
	n := repair.NormalizeClaim(code)
	for i := 0; i < len(n); i++ {
		if n[i] <= ' ' || n[i] >= 0x7f {
			return code
		}
	}
	return repair.FormatClaim(n)
}

// when is a time on the slip: date, weekday, time of day.
func when(t i18n.Catalog, at time.Time) string {
	if at.IsZero() {
		return "-"
	}
	return at.Format("2006-01-02") + " " + t.T(fmt.Sprintf("slip.wd.%d", at.Weekday())) + " " + at.Format("15:04")
}

// warranty is the verdict as told to the customer: covered or not and why,
// then the 三包 option when the customer has one.
func warranty(v repair.Verdict, ex repair.Exclusion, cfg repair.Config, t i18n.Catalog) []string {
	var out []string
	switch {
	case v.Covered && !v.Until.IsZero():
		out = append(out, t.T("slip.w.until", v.Until.Format("2006-01-02")))
	case v.Covered:
		out = append(out, t.T("slip.w.covered"))
	case v.Reason == repair.ReasonNoPart || v.Reason == repair.ReasonUnknownPt:
		out = append(out, t.T("slip.w.pending"))
	case v.Reason == repair.ReasonNoProof:
		out = append(out, t.T("slip.w.noProof"))
	case v.Reason == repair.ReasonExcluded:
		if x := exclusion(t, ex); x != "" {
			out = append(out, t.T("slip.w.excluded", x))
		} else {
			out = append(out, t.T("slip.w.out"))
		}
	case !v.Until.IsZero():
		out = append(out, t.T("slip.w.out"), t.T("slip.w.ended", v.Until.Format("2006-01-02")))
	default:
		out = append(out, t.T("slip.w.out"))
	}
	switch v.SanBao {
	case repair.SanBaoReturn:
		out = append(out, t.T("slip.w.return", cfg.ReturnDays))
	case repair.SanBaoExchange:
		out = append(out, t.T("slip.w.exchange", cfg.ExchangeDays))
	default:
		// No 三包 option to print.
	}
	return out
}

// exclusion names why the warranty does not apply (I4); "" for none.
func exclusion(t i18n.Catalog, ex repair.Exclusion) string {
	switch ex {
	case repair.ExclusionDamage:
		return t.T("slip.x.damage")
	case repair.ExclusionDisaster:
		return t.T("slip.x.disaster")
	case repair.ExclusionGift:
		return t.T("slip.x.gift")
	case repair.ExclusionUserPart:
		return t.T("slip.x.userpart")
	default:
		return ""
	}
}

// reproduced is whether the fault showed at the counter (I6).
func reproduced(t i18n.Catalog, in repair.Intake) string {
	switch in.Reproduced {
	case repair.ReproducedYes:
		return t.T("slip.repro.yes")
	case repair.ReproducedNo:
		if in.BurnInConsent {
			return t.T("slip.repro.burnIn")
		}
		return t.T("slip.repro.no")
	case repair.ReproducedIntermittent:
		return t.T("slip.repro.sometime")
	}
	return ""
}

// accessories are the names of the standard accessories handed over, in the
// order of the standard set, and of those missing from it (I7). A key the
// configuration no longer knows is shown as it is stored.
func accessories(kind repair.DeviceKind, keys []string, lang string) (handed, missing string) {
	handed = Names(kind.Accessories, keys, lang)
	got := map[string]bool{}
	for _, k := range keys {
		got[k] = true
	}
	var miss []string
	for _, it := range kind.Accessories {
		if !got[it.Key] {
			miss = append(miss, common.Inert(it.In(lang)))
		}
	}
	return handed, join(miss, lang)
}

// Names are the wordings of the items whose keys are given, in the list's
// order, then unknown keys as stored.
func Names(list []repair.Item, keys []string, lang string) string {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	var out []string
	for _, it := range list {
		if want[it.Key] {
			out = append(out, common.Inert(it.In(lang)))
			delete(want, it.Key)
		}
	}
	for _, k := range keys {
		if want[k] {
			out = append(out, common.Inert(k))
			delete(want, k)
		}
	}
	return join(out, lang)
}

// join lists names the way the language does: 「、」 in Chinese.
func join(items []string, lang string) string {
	if lang == "en" {
		return strings.Join(items, ", ")
	}
	return strings.Join(items, "、")
}

func orNone(t i18n.Catalog, s string) string {
	if s == "" {
		return t.T("slip.none")
	}
	return s
}
