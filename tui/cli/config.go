package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"frontdesk/config"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// ExplainConfig is a configuration error in the user's language: the file,
// the line, the key and what is wrong with it. Everything taken from the
// file is made inert, so a hostile file cannot drive the terminal.
func ExplainConfig(t i18n.Catalog, err error) string {
	var ce *config.Error
	if !errors.As(err, &ce) {
		return t.T("err.other", common.Inert(err.Error()))
	}
	why := configWhy(t, ce)
	path, key := common.Inert(ce.Path), common.Inert(ce.Key)
	switch {
	case ce.Line > 0 && ce.Key != "":
		return t.T("config.at.lineKey", path, ce.Line, key, why)
	case ce.Line > 0:
		return t.T("config.at.line", path, ce.Line, why)
	case ce.Key != "":
		return t.T("config.at.key", path, key, why)
	}
	return t.T("config.at.file", path, why)
}

func configWhy(t i18n.Catalog, e *config.Error) string {
	value := common.Inert(e.Value)
	switch e.Kind {
	case config.KindRead:
		return t.T("config.why.read", common.Inert(e.Msg))
	case config.KindSyntax:
		return t.T("config.why.syntax", common.Inert(e.Msg))
	case config.KindUnknownKey:
		if e.Want != "" {
			return t.T("config.why.unknownKeyNear", common.Inert(e.Want))
		}
		return t.T("config.why.unknownKey")
	case config.KindType:
		return t.T("config.why.type", typeText(t, e.Want), typeText(t, e.Got))
	case config.KindDuration:
		return t.T("config.why.duration", value)
	case config.KindTimeZone:
		return t.T("config.why.timeZone", value)
	case config.KindWidth:
		return t.T("config.why.width", value)
	case config.KindTheme:
		return t.T("config.why.theme", value)
	case config.KindVoice:
		return t.T("config.why.voice", common.Inert(e.Want), value)
	case config.KindChoice:
		return t.T("config.why.choice", value, common.Inert(e.Want))
	case config.KindPOSWidth:
		return t.T("config.why.posWidth", value)
	case config.KindDevice:
		return t.T("config.why.device", value)
	case config.KindListen:
		return t.T("config.why.listen", value)
	case config.KindMissing:
		return t.T("config.why.missing")
	case config.KindEmpty:
		return t.T("config.why.empty")
	case config.KindTemplate:
		switch {
		case e.Value != "":
			return t.T("config.why.templateField", value, common.Inert(e.Want))
		case e.Got == "brace":
			return t.T("config.why.templateBrace")
		}
		return t.T("config.why.invalid", common.Inert(e.Msg))
	case config.KindURL:
		return t.T("config.why.url", value)
	case config.KindCommand:
		return t.T("config.why.command", value)
	case config.KindSecretFile:
		return t.T("config.why.secretFile", value, common.Inert(e.Msg))
	case config.KindCode:
		return t.T("config.why.code", value, config.MaxCode)
	case config.KindIntakeType:
		return t.T("config.why.intakeType", value, common.Inert(e.Want))
	case config.KindPickupType:
		return t.T("config.why.pickupType", value, common.Inert(e.Want))
	case config.KindGroup:
		if e.Want == "member" {
			who := common.Inert(e.Got)
			return t.T("config.why.groupMember", who, value, value, who)
		}
		return t.T("config.why.group", value)
	default:
		return t.T("config.why.invalid", common.Inert(e.Msg))
	}
}

// typeText names a TOML type, the name itself when the catalogue has none.
func typeText(t i18n.Catalog, name string) string {
	s := t.T("config.type." + name)
	if strings.HasPrefix(s, "[") {
		return common.Inert(name)
	}
	return s
}

// ConfigInit writes the documented default configuration file at path,
// never over a file that is there.
func ConfigInit(t i18n.Catalog, out io.Writer, path string) error {
	err := config.Init(path)
	switch {
	case errors.Is(err, config.ErrExists):
		return errors.New(t.T("config.init.exists", common.Inert(path)))
	case err != nil:
		return errors.New(t.T("config.init.failed", common.Inert(path), common.Inert(err.Error())))
	}
	_, err = fmt.Fprintln(out, t.T("config.init.done", common.Inert(path)))
	return err
}
