package i18n

// onsiteTexts holds the words of the on-site board and of one on-site
// request's screen (tui/desk/onsite): the lists, the clocks, the timeline,
// the steps and the reasons a step is refused. The scripts said to the
// customer are the desk's own, in Chinese in both languages.
var onsiteTexts = map[string]entry{
	"onsite.title":    {"上门服务", "On-site service"},
	"onsite.timeline": {"上门安排", "Visits"},
	"onsite.panel":    {"%s · %d", "%s · %d"},
	"onsite.empty":    {"这个清单现在是空的", "Nothing on this list right now"},
	"onsite.today":    {"今天", "Today"},
	"onsite.day":      {"%s %s", "%s %s"},
	"onsite.now":      {"现在 %s ┆", "now %s ┆"},
	"onsite.wd.Mon":   {"周一", "Mon"},
	"onsite.wd.Tue":   {"周二", "Tue"},
	"onsite.wd.Wed":   {"周三", "Wed"},
	"onsite.wd.Thu":   {"周四", "Thu"},
	"onsite.wd.Fri":   {"周五", "Fri"},
	"onsite.wd.Sat":   {"周六", "Sat"},
	"onsite.wd.Sun":   {"周日", "Sun"},

	"onsite.timeline.none":   {"还没有工程师", "No engineers yet"},
	"onsite.timeline.narrow": {"终端太窄,放不下时间轴", "Too narrow for the timeline"},

	"onsite.list.open":     {"全部未结", "all open"},
	"onsite.list.schedule": {"待派工", "to schedule"},
	"onsite.list.callback": {"待回访", "call-backs due"},
	"onsite.list.parts":    {"等配件", "parts awaited"},
	"onsite.list.risk":     {"将超时", "at risk"},

	"onsite.col.number":   {"服务单号", "Request"},
	"onsite.col.customer": {"客户", "Customer"},
	"onsite.col.state":    {"状态", "State"},
	"onsite.col.clock":    {"时限", "Clock"},
	"onsite.col.visit":    {"上门", "Visit"},

	"onsite.state.new":       {"新单", "new"},
	"onsite.state.guided":    {"已指导", "guided"},
	"onsite.state.scheduled": {"已派工", "booked"},
	"onsite.state.onsite":    {"在现场", "on site"},
	"onsite.state.done":      {"已完成", "done"},
	"onsite.state.solved":    {"已解决", "solved"},
	"onsite.state.escalated": {"转送修", "carry-in"},
	"onsite.state.cancelled": {"已取消", "cancelled"},

	"onsite.clock.answer":   {"应答", "answer"},
	"onsite.clock.remote":   {"远程", "remote"},
	"onsite.clock.onsite":   {"到场", "on site"},
	"onsite.clock.restore":  {"修复", "restore"},
	"onsite.clock.left":     {"%s 剩%s", "%s %s left"},
	"onsite.clock.late":     {"%s 已超时,上限剩%s", "%s late, %s to cap"},
	"onsite.clock.over":     {"%s 超时%s", "%s %s over"},
	"onsite.clock.met":      {"%s %s 达成", "%s met %s"},
	"onsite.clock.metLate":  {"%s %s 超时达成", "%s met late %s"},
	"onsite.clock.callback": {"回访 %s", "call back %s"},

	"onsite.key.lists": {"清单", "lists"},
	"onsite.key.open":  {"打开", "open"},
}
