package i18n

// display holds the words of the queue display (叫号屏), the screen the
// waiting area sees: numbers, counters and counts only (Q4, Q8).
var display = map[string]entry{
	"display.title":   {"送修服务台 · 排队叫号", "Repair counter · Queue"},
	"display.now":     {"正在叫号", "Now calling"},
	"display.idle":    {"欢迎光临,请先在查询终端取号", "Welcome! Please take a number at the kiosk"},
	"display.recent":  {"刚才叫号", "Earlier calls"},
	"display.waiting": {"正在等候", "Waiting"},
	"display.recall":  {"重呼", "again"},
	"display.hint":    {"请在查询终端取号,叫到您的号码时请到对应接待台", "Take a number at the kiosk; when it is called, please go to that counter"},
}
