package i18n

// voiceTexts holds what the voice says (package tui/voice) and what the
// screens say about it. The spoken words have their numbers already in
// words (queue.SpokenNumber): "A零一二", never "A十二".
var voiceTexts = map[string]entry{
	"voice.ticket":      {"您已领取%s号,前方还有%s人等候", "You have number %s. %s people are ahead of you."},
	"voice.ticketFirst": {"您已领取%s号,前方无人等候,请留意叫号", "You have number %s. Nobody is ahead of you: please listen for your call."},
	"voice.choices":     {"请选择服务项目,按对应的数字键取号。", "Choose a service and press its number."},
	"voice.choice":      {"按%s,%s。", "Press %s for %s."},
	"voice.progress":    {"按零,查询维修进度。", "Press zero to look up a repair's progress."},
	"voice.missing":     {"未找到语音程序 %s,叫号不播报(请安装 espeak-ng 或在配置文件中指定语音程序)", "No speech program %s: calls are not spoken (install espeak-ng or name a speech program in the configuration file)"},
	"voice.failed":      {"语音程序出错,本次叫号未能播报", "The speech program failed: this call was not spoken"},
	"voice.help":        {"语音提示", "read aloud"},
	"cli.flag.mute":     {"不播报语音(铃声照常)", "no voice (the bell still rings)"},
}
