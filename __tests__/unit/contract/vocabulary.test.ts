import {
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_IDS,
  SERVICE_GROUP_LABELS,
  isServiceCategoryId
} from '../../../cloudfunctions/core/contract/catalog'
import { CLEANER_GRADE_LABELS } from '../../../cloudfunctions/core/contract/cleaner'
import { ORDER_STATUSES, ORDER_STATUS_LABELS, TIME_WINDOW_LABELS } from '../../../cloudfunctions/core/contract/order'

describe('service catalogue vocabulary', () => {
  it('names the eight categories the company sells, with stable ids', () => {
    expect(SERVICE_CATEGORY_IDS.map((id) => [id, SERVICE_CATEGORIES[id].label])).toEqual([
      ['daily_cleaning', '日常保洁'],
      ['deep_cleaning', '深度保洁'],
      ['move_in_cleaning', '开荒保洁'],
      ['disinfection', '消毒杀菌'],
      ['appliance_cleaning', '家电清洗'],
      ['nanny', '保姆'],
      ['maternity_nurse', '月嫂'],
      ['child_care', '育儿嫂']
    ])
  })

  it('prices care by the day and maternity nursing by the 26-day term', () => {
    expect(SERVICE_CATEGORIES.nanny.defaultUnit).toBe('day')
    expect(SERVICE_CATEGORIES.child_care.defaultUnit).toBe('day')
    expect(SERVICE_CATEGORIES.maternity_nurse.defaultUnit).toBe('package_26d')
    expect(SERVICE_CATEGORIES.daily_cleaning.defaultUnit).toBe('hour')
  })

  it('puts each category in a customer-file group', () => {
    expect(SERVICE_GROUP_LABELS[SERVICE_CATEGORIES.deep_cleaning.group]).toBe('家庭保洁')
    expect(SERVICE_GROUP_LABELS[SERVICE_CATEGORIES.nanny.group]).toBe('保姆照顾')
    expect(SERVICE_GROUP_LABELS[SERVICE_CATEGORIES.maternity_nurse.group]).toBe('月嫂服务')
  })

  it('recognises category ids and nothing else', () => {
    expect(isServiceCategoryId('nanny')).toBe(true)
    expect(isServiceCategoryId('保姆')).toBe(false)
    expect(isServiceCategoryId('toString')).toBe(false)
    expect(isServiceCategoryId(undefined)).toBe(false)
  })
})

describe('order and cleaner vocabulary', () => {
  it('labels every order status in Chinese', () => {
    expect(ORDER_STATUSES.map((s) => ORDER_STATUS_LABELS[s])).toEqual([
      '待派单',
      '已派单',
      '服务中',
      '待确认',
      '已完成',
      '已取消'
    ])
  })

  it('labels windows and grades', () => {
    expect(TIME_WINDOW_LABELS).toEqual({ morning: '上午', afternoon: '下午', evening: '晚上' })
    expect(CLEANER_GRADE_LABELS).toEqual({ regular: '普通', silver: '银牌', gold: '金牌' })
  })
})
