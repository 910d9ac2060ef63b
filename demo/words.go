package demo

// The words a generated station is made of: who comes in, with what, what
// is wrong with it and what the engineers find. Device kinds, part
// categories, accessory and condition keys are those of
// repair.DefaultConfig, so that every generated intake passes repair.Check.

var (
	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
	given    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌浩宇晨欣怡子轩梓涵一诺雨桐佳琪俊嘉思远婷")

	// latinNames are the customers who give their name in Latin letters:
	// pinyin as on a passport, and a few foreigners.
	latinNames = []string{
		"Li Lei", "Han Meimei", "Zhang Wei", "Wang Fang", "Liu Yang", "Chen Jing", "Zhao Min",
		"John Smith", "Anna Müller", "Maria Garcia", "David Kim", "Olga Ivanova", "Tom Baker",
		"Sarah Connor", "Kenji Sato", "Lucas Martin",
	}

	companies = []string{
		"同创科技有限公司", "华信会计师事务所", "蓝海贸易有限公司", "明德中学", "启航教育培训中心",
		"安居物业管理有限公司", "新锐广告设计工作室", "百川物流有限公司",
	}

	// areaCodes of the landlines, with the digits of their local numbers.
	areaCodes = []struct {
		code   string
		digits int
	}{{"010", 8}, {"021", 8}, {"020", 8}, {"0755", 8}, {"0571", 7}, {"028", 8}, {"0731", 7}}

	engineers = []string{"安娜", "王工", "李师傅", "陈明", "赵工", "刘静"}
)

// model is a device a customer brings, with the part category its faults
// usually are in.
type model struct {
	kind, brand, model string
}

var models = []model{
	{"notebook", "联想", "ThinkPad X1 Carbon"},
	{"notebook", "联想", "小新 Pro 14"},
	{"notebook", "华为", "MateBook 14"},
	{"notebook", "戴尔", "Latitude 5440"},
	{"notebook", "惠普", "战66 六代"},
	{"notebook", "华硕", "无畏 Pro15"},
	{"notebook", "荣耀", "MagicBook 14"},
	{"notebook", "小米", "RedmiBook Pro 15"},
	{"desktop", "联想", "扬天 M4000q"},
	{"desktop", "戴尔", "OptiPlex 7010"},
	{"desktop", "惠普", "战99 G1"},
	{"desktop", "联想", "天逸 510S"},
	{"monitor", "戴尔", "U2723QE"},
	{"monitor", "AOC", "27G2"},
	{"monitor", "飞利浦", "272E1"},
	{"printer", "惠普", "LaserJet Pro M404dn"},
	{"printer", "佳能", "imageCLASS MF113w"},
	{"printer", "兄弟", "HL-2260D"},
}

// serialPrefix is how a brand's serials begin, so that a serial search for
// the first letters finds one brand's devices, as on real labels.
var serialPrefix = map[string]string{
	"联想": "PF", "华为": "HW", "戴尔": "DL", "惠普": "CN", "华硕": "AS", "荣耀": "HN", "小米": "XM",
	"AOC": "AO", "飞利浦": "PH", "佳能": "CA", "兄弟": "BR",
}

// fault is what the customer says is wrong with a device kind, the part
// category it is in, and what the engineers find and do (O4). part names
// the part to order (waiting for parts) and price it out of warranty.
type fault struct {
	kind, text, part   string
	cause, work, parts string
	advice             string
	order              string // the part awaited, "" when none is needed
	price              int    // yuan, of the part or the work
	damage             bool   // caused by the user: not covered (I4)
}

var faults = []fault{
	{
		"notebook", "开机无显示，电源指示灯亮，风扇转动正常", "notebook",
		"主板供电电路故障", "更换主板", "主板 1 块", "请使用原装电源适配器，雷雨天气拔掉电源", "主板", 1800, false,
	},
	{
		"notebook", "键盘部分按键失灵，左侧字母键按下无反应", "notebook",
		"键盘排线接触不良", "更换键盘", "键盘 1 个", "请勿在键盘旁饮水进食", "键盘", 280, false,
	},
	{
		"notebook", "电池无法充电，插电源适配器后指示灯不亮", "battery",
		"电池老化，电芯损坏", "更换电池", "电池 1 块", "长期插电使用时请把电量保持在 40%–80%", "电池", 450, false,
	},
	{
		"notebook", "系统蓝屏，错误代码不定，重装系统后仍出现", "notebook",
		"内存条接触不良", "清洁内存金手指并重新安装，拷机 24 小时无异常", "无", "每年清洁一次机器内部灰尘", "", 80, false,
	},
	{
		"notebook", "运行大型软件时温度过高，风扇噪音很大", "notebook",
		"散热模组积灰，导热硅脂干涸", "清洁散热模组，更换导热硅脂", "无", "请在通风处使用，勿放在被褥上", "", 120, false,
	},
	{
		"notebook", "屏幕出现竖条纹并闪烁，外接显示器正常", "notebook",
		"液晶屏损坏", "更换液晶屏", "液晶屏 1 块", "合上屏幕前请确认键盘上没有异物", "液晶屏", 900, false,
	},
	{
		"notebook", "系统启动很慢，经常弹出错误提示", "software",
		"系统文件损坏，启动项过多", "备份数据后重装系统并安装驱动", "无", "安装正版杀毒软件，重要数据定期备份", "", 100, false,
	},
	{
		"notebook", "进水后无法开机，客户称洒了少量咖啡在键盘上", "notebook",
		"进液导致主板腐蚀短路", "清洗主板，更换键盘", "键盘 1 个", "请勿在电脑旁放置饮料", "键盘", 650, true,
	},
	{
		"desktop", "开机无反应，电源风扇不转", "main",
		"电源损坏", "更换电源", "电源 1 个", "建议使用稳压插座", "电源", 260, false,
	},
	{
		"desktop", "硬盘有异响，系统启动很慢，偶尔提示错误", "main",
		"硬盘出现坏道", "更换硬盘，恢复客户数据", "固态硬盘 1 块", "重要数据请定期备份到其他存储设备", "固态硬盘", 420, false,
	},
	{
		"desktop", "使用中突然黑屏重启，每天两到三次", "peripheral",
		"显卡风扇损坏导致过热", "更换显卡风扇，清洁机箱", "显卡风扇 1 个", "每半年清理一次机箱灰尘", "显卡风扇", 90, false,
	},
	{
		"desktop", "无线网络经常断开，需要重启电脑才能连接", "software",
		"网卡驱动异常", "更新网卡驱动，检查网络设置", "无", "请勿随意安装来源不明的驱动", "", 60, false,
	},
	{
		"monitor", "显示器无法点亮，电源灯闪烁", "lcd",
		"电源板电容鼓包", "更换电源板", "电源板 1 块", "长时间不用请关闭电源", "电源板", 300, false,
	},
	{
		"monitor", "屏幕中间有一条亮线", "lcd",
		"液晶面板损坏", "更换液晶面板", "液晶面板 1 块", "搬运时请勿挤压屏幕", "液晶面板", 850, false,
	},
	{
		"printer", "打印有黑色竖线，经常卡纸", "peripheral",
		"定影组件老化", "更换定影组件，清洁搓纸轮", "定影组件 1 个", "请使用干燥平整的纸张", "定影组件", 380, false,
	},
	{
		"printer", "无法连接无线网络打印", "peripheral",
		"网络设置丢失", "恢复网络设置并重新配置打印机", "无", "路由器更换密码后请重新设置打印机", "", 60, false,
	},
}

// faultsOf lists the faults of each device kind.
var faultsOf = func() map[string][]fault {
	out := map[string][]fault{}
	for _, f := range faults {
		out[f.kind] = append(out[f.kind], f)
	}
	return out
}()

// accessories and condition are the keys of each kind's lists in
// repair.DefaultConfig, the usual ones first.
var (
	accessories = map[string][]string{
		"notebook": {"adapter", "battery", "bag", "cord"},
		"desktop":  {"cord", "keyboard", "mouse"},
		"monitor":  {"cord", "video_cable", "stand"},
		"printer":  {"cord", "usb_cable", "cartridge"},
	}
	condition = map[string][]string{
		"notebook": {"scratches", "dents", "screen", "missing_screws"},
		"desktop":  {"scratches", "dents", "missing_screws"},
		"monitor":  {"scratches", "screen", "dents"},
		"printer":  {"scratches", "cracks"},
	}
)

// The texts of the steps after intake.
var (
	cancelReasons = []string{"客户决定不修了", "客户已购买新机", "客户要求取消维修"}
	returnReasons = []string{"客户不同意报价，原样退回", "故障无法复现，客户取回", "配件停产，无法维修"}
	delayReasons  = []string{"配件还未到货", "拷机发现新问题，需要继续检测", "维修工作量超出预期"}
)
