package i18n

// kiosk holds the words of the customer kiosk (查询终端): choosing a service
// and the ticket with its wait (Q1). Nothing about other customers (Q8).
var kiosk = map[string]entry{
	"kiosk.title":       {"送修服务台 · 自助取号", "Repair counter · Take a number"},
	"kiosk.prompt":      {"请选择服务项目,按对应的数字键取号", "Choose a service: press its number to take a ticket"},
	"kiosk.waiting":     {"等候 %d 人", "%d waiting"},
	"kiosk.taking":      {"正在取号,请稍候…", "Taking your number…"},
	"kiosk.yourNumber":  {"您的号码", "Your number"},
	"kiosk.ahead":       {"前面还有 %d 人,预计等候约 %s", "%d ahead of you, about %s wait"},
	"kiosk.next":        {"您是下一位,预计等候约 %s", "You are next, about %s wait"},
	"kiosk.straight":    {"现在无需等候,叫到您的号码时请直接到接待台", "No wait right now: please go to the counter when your number is called"},
	"kiosk.watch":       {"请留意叫号屏,叫到您的号码时请到对应接待台", "Please watch the display: it shows your number and the counter to go to"},
	"kiosk.back":        {"按任意键返回 · %d 秒后自动返回", "Press any key to go back · back by itself in %d s"},
	"kiosk.help.choose": {"选择服务", "choose"},
	"kiosk.help.move":   {"移动", "move"},
	"kiosk.help.take":   {"取号", "take a number"},
	"kiosk.key.enter":   {"回车", "enter"},
}
