// Package i18n is frontdesk's text catalogue: every word a screen or a command
// shows, in Chinese (the default) and English. Screens ask a Catalog for a key;
// each table file holds the keys of one part of the program.
package i18n

import (
	"fmt"
	"os"
	"strings"
)

// Lang is a language of the catalogue.
type Lang string

// The languages; zh-CN is the default.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// entry is one message in both languages.
type entry struct{ zh, en string }

// tables are all the catalogue's parts; TestCatalogComplete checks that no
// key stands in two of them and that none lacks a language.
var tables = []map[string]entry{common, queueTexts, desk, display, kiosk, cli, helpTexts, topHelp, intake, slip, configTexts, board, pickupTexts, lostTexts, printingTexts, reportTexts, voiceTexts, damageTexts, pageDamageTexts, disagreeTexts, approvalTexts, onsiteTexts, hotlineTexts, recordTexts, customerTexts, rateTexts, outboxTexts}

// Catalog looks messages up in one language.
type Catalog struct{ Lang Lang }

// New returns the catalogue for lang; anything but "en" is Chinese.
func New(lang string) Catalog {
	if Parse(lang) == EN {
		return Catalog{Lang: EN}
	}
	return Catalog{Lang: ZH}
}

// Parse reads a --lang value or a locale like "en_US.UTF-8"; "" for unknown.
func Parse(s string) Lang {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "zh"):
		return ZH
	case strings.HasPrefix(s, "en"):
		return EN
	}
	return ""
}

// FromEnv is the language of the environment (LC_ALL, LC_MESSAGES, LANG), or
// Chinese when none of them names zh or en.
func FromEnv() Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := Parse(os.Getenv(v)); l != "" {
			return l
		}
	}
	return ZH
}

// T returns the message for key, formatted with args like fmt.Sprintf. A
// missing key shows as itself in brackets, so it is seen, not hidden.
func (c Catalog) T(key string, args ...any) string {
	for _, t := range tables {
		if e, ok := t[key]; ok {
			s := e.zh
			if c.Lang == EN {
				s = e.en
			}
			if len(args) > 0 {
				return fmt.Sprintf(s, args...)
			}
			return s
		}
	}
	return "[" + key + "]"
}

// Pick returns zh or en by the catalogue's language, for words that live in
// configuration (service type names) rather than in the tables.
func (c Catalog) Pick(zh, en string) string {
	if c.Lang == EN && en != "" {
		return en
	}
	return zh
}

// Has reports whether key is in the catalogue, for texts of which only some
// have words of their own (damage.why.*).
func (c Catalog) Has(key string) bool {
	for _, t := range tables {
		if _, ok := t[key]; ok {
			return true
		}
	}
	return false
}
