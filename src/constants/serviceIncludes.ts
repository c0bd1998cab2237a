// What each category of service includes, as told on the service page when the catalogue entry has no list of its
// own. Copy for people, not a rule: prices, limits and durations always come from the API.
import type { ServiceCategoryId } from '@core/contract/catalog'

export const SERVICE_INCLUDES: Record<ServiceCategoryId, string[]> = {
  daily_cleaning: ['客厅、卧室地面清洁', '桌面、台面、柜面擦拭', '厨房、卫生间日常清洁', '垃圾清运、物品归位'],
  deep_cleaning: ['门窗玻璃与窗槽', '柜体内外、踢脚线', '厨房重油污处理', '卫生间除垢除霉'],
  move_in_cleaning: ['除胶、除漆点、去水泥渍', '玻璃、地面、柜体全面清洁', '卫生间、厨房开荒清洁', '装修垃圾清扫（不含外运）'],
  disinfection: ['高频接触面消毒', '空气消毒', '厨房、卫生间杀菌', '使用环保消毒剂'],
  appliance_cleaning: ['拆洗可拆卸部件', '高温蒸汽/专用清洗剂清洗', '杀菌除味', '复装并试机'],
  nanny: ['做饭、家务整理', '照顾老人起居', '持健康证上岗', '可签长期服务'],
  maternity_nurse: ['产妇月子餐与护理', '新生儿护理', '母乳喂养指导', '持母婴护理证上岗'],
  child_care: ['婴幼儿日常照护', '辅食制作', '早教陪伴', '持育婴师证上岗']
}

/** What every booking gets, whatever the service (matches the booking rules on the server). */
export const BOOKING_NOTES = [
  '服务时段：上午 08:00-12:00，下午 13:00-17:00，晚上 18:00-21:00',
  '可预约今天起14天内的服务，需在时段开始前2小时下单',
  '服务开始前4小时以上可在订单中自助取消或改期',
  '服务完成后请查看照片并确认，48小时未确认将自动完成'
]
