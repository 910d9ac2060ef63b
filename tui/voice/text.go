package voice

import (
	"strconv"
	"strings"

	"frontdesk/queue"
	"frontdesk/tui/i18n"
)

// CallText is the call script of Q3 (the catalogue's script.call) as it is
// spoken: the ticket's digits one by one and the counter as a number —
// 「请排队号为A零一二号的用户到三号接待台来…」.
func CallText(t i18n.Catalog, number string, counter int) string {
	lang := string(t.Lang)
	text := t.T("script.call", queue.SpokenNumber(number, lang), counter)
	// The ticket's digits are words by now, so the first numeral left is
	// the counter's.
	return strings.Replace(text, strconv.Itoa(counter), queue.SpokenCount(counter, lang), 1)
}

// TicketText is what the kiosk says of the ticket it issued:
// 「您已领取A零零五号,前方还有三人等候」.
func TicketText(t i18n.Catalog, number string, ahead int) string {
	lang := string(t.Lang)
	spoken := queue.SpokenNumber(number, lang)
	if ahead <= 0 {
		return t.T("voice.ticketFirst", spoken)
	}
	return t.T("voice.ticket", spoken, queue.SpokenCount(ahead, lang))
}

// ChoicesText reads the kiosk's buttons aloud: the prompt, each service
// with its key (named are the services' names in t's language, in the
// order of the keys 1, 2, …), and 0 for a repair's progress.
func ChoicesText(t i18n.Catalog, named []string) string {
	lang := string(t.Lang)
	parts := []string{t.T("voice.choices")}
	for i, name := range named {
		parts = append(parts, t.T("voice.choice", queue.SpokenCount(i+1, lang), name))
	}
	parts = append(parts, t.T("voice.progress"))
	sep := ""
	if lang == "en" {
		sep = " "
	}
	return strings.Join(parts, sep)
}
