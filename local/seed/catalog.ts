// The demo service catalogue: what a mid-sized 家政 company in a tier-2 city offers, priced in fen.
export interface SeedService {
  category: string
  name: string
  description: string
  priceFen: number
  unit: 'visit' | 'hour' | 'day' | 'package_26d'
  durationMin?: number
  premium: boolean
  sort: number
}

export const DEMO_SERVICES: SeedService[] = [
  { category: 'daily_cleaning', name: '日常保洁（按小时）', description: '客厅、卧室、厨房、卫生间的日常清洁整理，地面清洁，台面擦拭，垃圾清运。2小时起约。', priceFen: 4500, unit: 'hour', premium: false, sort: 1 },
  { category: 'daily_cleaning', name: '日常保洁·4小时套餐', description: '适合100㎡以内住宅的全屋日常清洁，含厨房油污简单处理。', priceFen: 16800, unit: 'visit', durationMin: 240, premium: false, sort: 2 },
  { category: 'deep_cleaning', name: '全屋深度保洁', description: '全屋死角清洁：门窗玻璃、柜内外、厨房重油污、卫生间除垢、踢脚线。约6小时，2人上门。', priceFen: 49900, unit: 'visit', durationMin: 360, premium: true, sort: 1 },
  { category: 'deep_cleaning', name: '厨房深度清洁', description: '灶台、油烟机外壳、橱柜、墙面瓷砖重油污深度清洁。', priceFen: 26800, unit: 'visit', durationMin: 180, premium: true, sort: 2 },
  { category: 'move_in_cleaning', name: '新房开荒保洁', description: '装修后首次清洁：除胶、除漆点、去水泥渍，玻璃、地面、柜体全面清洁。按套计价（≤120㎡）。', priceFen: 89900, unit: 'visit', durationMin: 480, premium: true, sort: 1 },
  { category: 'disinfection', name: '全屋消毒杀菌', description: '高频接触面消毒、空气消毒、卫生间与厨房杀菌，适合换季、家中有老人小孩。', priceFen: 19900, unit: 'visit', durationMin: 120, premium: false, sort: 1 },
  { category: 'appliance_cleaning', name: '空调清洗（挂机）', description: '拆洗滤网、高温蒸汽清洗蒸发器、杀菌除味。按台计价。', priceFen: 12800, unit: 'visit', durationMin: 60, premium: false, sort: 1 },
  { category: 'appliance_cleaning', name: '油烟机深度清洗', description: '拆卸叶轮、油网，浸泡除油，复装测试。', priceFen: 16800, unit: 'visit', durationMin: 90, premium: false, sort: 2 },
  { category: 'appliance_cleaning', name: '洗衣机除垢', description: '拆卸内筒深度除垢除菌（波轮/滚筒）。', priceFen: 13800, unit: 'visit', durationMin: 90, premium: false, sort: 3 },
  { category: 'nanny', name: '住家保姆', description: '做饭、家务、照顾老人，持健康证，按天计价，26天起可签长期。', priceFen: 22000, unit: 'day', premium: false, sort: 1 },
  { category: 'nanny', name: '白班保姆', description: '每天8小时白班，做饭打扫接送孩子。', priceFen: 18000, unit: 'day', premium: false, sort: 2 },
  { category: 'maternity_nurse', name: '金牌月嫂（26天）', description: '产妇月子餐、新生儿护理、母乳喂养指导，持母婴护理证，26天一期。', priceFen: 1580000, unit: 'package_26d', premium: true, sort: 1 },
  { category: 'maternity_nurse', name: '月嫂（26天）', description: '新生儿与产妇专业护理，26天一期。', priceFen: 1080000, unit: 'package_26d', premium: false, sort: 2 },
  { category: 'child_care', name: '育儿嫂', description: '0-3岁婴幼儿照护、辅食制作、早教陪伴，按天计价。', priceFen: 26000, unit: 'day', premium: false, sort: 1 }
]

export interface SeedCleaner { name: string; phone: string; skills: string[]; grade: 'regular' | 'silver' | 'gold' }

export const DEMO_CLEANERS: SeedCleaner[] = [
  { name: '王秀兰', phone: '13800000001', skills: ['daily_cleaning', 'deep_cleaning', 'disinfection'], grade: 'gold' },
  { name: '李桂芳', phone: '13800000002', skills: ['daily_cleaning', 'deep_cleaning', 'move_in_cleaning'], grade: 'silver' },
  { name: '张玉梅', phone: '13800000003', skills: ['daily_cleaning', 'appliance_cleaning'], grade: 'regular' },
  { name: '刘春燕', phone: '13800000004', skills: ['daily_cleaning', 'move_in_cleaning', 'disinfection'], grade: 'silver' },
  { name: '陈凤英', phone: '13800000005', skills: ['appliance_cleaning', 'deep_cleaning'], grade: 'regular' },
  { name: '杨淑珍', phone: '13800000006', skills: ['nanny', 'child_care'], grade: 'gold' },
  { name: '赵丽华', phone: '13800000007', skills: ['maternity_nurse', 'child_care'], grade: 'gold' },
  { name: '黄美玲', phone: '13800000008', skills: ['maternity_nurse'], grade: 'silver' }
]

/** Company settings with sensible defaults (business hours for SLA clocks, quiet hours for pushes, revisit cadence). */
export const DEFAULT_SETTINGS = {
  _id: 'business',
  companyName: '安心家政',
  servicePhone: '400-800-1234',
  businessHours: { days: [1, 2, 3, 4, 5, 6, 0], start: '08:00', end: '20:00' },
  quietHours: { start: '21:00', end: '09:00' },
  marketingPushMinDays: 7,
  revisit: { firstAfterDays: 7, regularMonths: 3, oneOffMonths: 6 }
}
