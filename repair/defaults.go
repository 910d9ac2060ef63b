package repair

import "time"

// DefaultConfig is the repair configuration of DOMAIN.md and the service
// standards in seeds/: the device kinds with their standard accessories,
// condition checklist and golden-key inspection, the warranty table of seed
// 002, the 三包 periods, and the numbers of I11–I13.
func DefaultConfig() Config {
	// The items the device kinds share.
	var (
		// I7: standard accessories.
		adapter     = Item{"adapter", "电源适配器", "Power adapter"}
		cord        = Item{"cord", "电源线", "Power cord"}
		battery     = Item{"battery", "电池", "Battery"}
		bag         = Item{"bag", "电脑包", "Bag"}
		keyboardAcc = Item{"keyboard", "键盘", "Keyboard"}
		mouse       = Item{"mouse", "鼠标", "Mouse"}
		videoCable  = Item{"video_cable", "信号线", "Video cable"}
		stand       = Item{"stand", "底座", "Stand"}
		usbCable    = Item{"usb_cable", "数据线", "USB cable"}
		cartridge   = Item{"cartridge", "墨盒", "Cartridge"}

		// I8: the condition checklist.
		scratches     = Item{"scratches", "划痕", "Scratches"}
		dents         = Item{"dents", "磕碰/凹陷", "Dents"}
		cracks        = Item{"cracks", "裂纹", "Cracks"}
		screen        = Item{"screen", "屏幕划伤/压痕", "Screen marks"}
		missingKeys   = Item{"missing_keys", "缺键", "Missing keys"}
		missingScrews = Item{"missing_screws", "缺螺丝", "Missing screws"}
		liquid        = Item{"liquid", "进液痕迹", "Liquid marks"}
		seals         = Item{"seals", "封条破损", "Seals broken"}

		// G1: the golden-key inspection.
		faultGone     = Item{"fault_gone", "原故障已排除", "Original fault gone"}
		boots         = Item{"boots", "开机启动正常", "Powers on and boots"}
		powersOn      = Item{"boots", "开机正常", "Powers on"}
		display       = Item{"display", "显示", "Display"}
		keyboard      = Item{"keyboard", "键盘", "Keyboard"}
		touchpad      = Item{"touchpad", "触控板", "Touchpad"}
		ports         = Item{"ports", "接口", "Ports"}
		network       = Item{"network", "网络", "Network"}
		audio         = Item{"audio", "音频", "Audio"}
		camera        = Item{"camera", "摄像头", "Camera"}
		charging      = Item{"charging", "电池充电", "Battery charging"}
		appearance    = Item{"appearance", "外观与送修时一致", "Appearance as at intake"}
		accessoriesOK = Item{"accessories", "附件齐全", "Accessories present"}
		dataIntact    = Item{"data", "用户数据完好", "Customer data intact"}
	)
	return Config{
		IntakeTypes: []string{"A", "D"}, // carry-in repair, business (Q2)
		Devices: []DeviceKind{
			{
				Item:        Item{Key: "notebook", ZH: "笔记本", EN: "Notebook"},
				Accessories: []Item{adapter, cord, battery, bag},
				Condition:   []Item{scratches, dents, cracks, screen, missingKeys, missingScrews, liquid, seals},
				Inspection: []Item{
					faultGone, boots, display, keyboard, touchpad, ports, network, audio,
					camera, charging, appearance, accessoriesOK, dataIntact,
				},
				Parts: []string{"notebook", "battery", "software", "accessory"},
			},
			{
				Item:        Item{Key: "desktop", ZH: "台式机", EN: "Desktop"},
				Accessories: []Item{cord, keyboardAcc, mouse},
				Condition:   []Item{scratches, dents, cracks, missingKeys, missingScrews, liquid, seals},
				Inspection: []Item{
					faultGone, boots, display, keyboard, ports, network, audio,
					appearance, accessoriesOK, dataIntact,
				},
				Parts: []string{"main", "peripheral", "software", "accessory"},
			},
			{
				Item:        Item{Key: "monitor", ZH: "显示器", EN: "Monitor"},
				Accessories: []Item{cord, videoCable, stand},
				Condition:   []Item{scratches, dents, cracks, screen, missingScrews, liquid, seals},
				Inspection:  []Item{faultGone, powersOn, display, ports, appearance, accessoriesOK},
				Parts:       []string{"lcd", "crt", "accessory"},
			},
			{
				Item:        Item{Key: "printer", ZH: "打印机", EN: "Printer"},
				Accessories: []Item{cord, usbCable, cartridge},
				Condition:   []Item{scratches, dents, cracks, missingScrews, liquid, seals},
				Inspection:  []Item{faultGone, powersOn, ports, network, appearance, accessoriesOK},
				Parts:       []string{"peripheral", "accessory"},
			},
			{
				Item:       Item{Key: "other", ZH: "其他", EN: "Other"},
				Condition:  []Item{scratches, dents, cracks, missingScrews, liquid, seals},
				Inspection: []Item{faultGone, powersOn, appearance, accessoriesOK, dataIntact},
				Parts:      []string{"main", "peripheral", "accessory"},
			},
		},
		// The table of seed 002 (同创电脑免费保修期限表), "自售出之日起".
		Warranty: []WarrantyRule{
			{Item{"main", "主要部件(主板、CPU、内存、硬盘、电源、显卡、网卡、声卡)", "Main parts (motherboard, CPU, memory, disk, PSU, graphics, network, sound)"}, 36},
			{Item{"peripheral", "光驱、风扇、键盘、鼠标、音箱", "Optical drive, fans, keyboard, mouse, speakers"}, 12},
			{Item{"accessory", "随机资料、线缆、耳麦", "Manuals, cables, headset"}, 3},
			{Item{"crt", "CRT 显示器", "CRT monitor"}, 36},
			{Item{"lcd", "液晶显示器", "LCD monitor"}, 12},
			{Item{"notebook", "笔记本整机", "Notebook"}, 12},
			{Item{"battery", "笔记本电池", "Notebook battery"}, 6},
			{Item{"software", "软件故障", "Software fault"}, 36},
		},
		ReturnDays:              7,  // 三包: return within 7 days (I5)
		ExchangeDays:            15, // exchange from day 8 to 15
		LoanerAfter:             4 * time.Hour,
		PromiseDefault:          3 * 24 * time.Hour,
		PromiseMax:              60 * 24 * time.Hour,
		OutOfWarrantyPartMonths: 3,
		OnsiteFee:               50,
		ClaimCodeLength:         8,
		PickupAttemptsOrder:     5,  // P1: then the order is locked for a while
		PickupAttemptsCounter:   10, // P1: one counter trying many orders
		PickupLockout:           30 * time.Minute,
		VisitWorkingDays:        3, // P5, seed 002
	}
}
