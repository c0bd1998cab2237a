// The values a script template's {{变量}} take for one work order (scripts.ts renders them): how the customer and the
// cleaner are addressed, the service's time, the compensation granted so far, the deadline the household is promised.
import type { ScriptVariable } from '../../contract/complaint'
import type { TimeWindowId } from '../../contract/order'
import { addDays, inShanghai, shanghaiDate } from '../time'
import { describeSlot } from '../windows'

const TITLES = /(女士|先生|小姐|阿姨|叔叔|老师|总|姐|哥)$/

/** '王女士' stays '王女士'; a bare name is used as it is; the first name that already carries a title wins. */
export function customerSalutation(...names: Array<string | null | undefined>): string | null {
  const present = names.map((name) => name?.trim() ?? '').filter((name) => name !== '')
  return present.find((name) => TITLES.test(name)) ?? present[0] ?? null
}

/** '王秀兰' -> '王阿姨' (how households address a cleaner). */
export function cleanerSalutation(name: string | null | undefined): string | null {
  const first = Array.from(name?.trim() ?? '')[0]
  return first ? `${first}阿姨` : null
}

/** '今天 18:00 前', '明天 10:00 前', '11月25日 10:00 前' (Shanghai clock). */
export function deadlineLabel(due: Date, now: Date): string {
  const day = shanghaiDate(due)
  const today = shanghaiDate(now)
  const time = inShanghai(due).format('HH:mm')
  if (day === today) return `今天 ${time} 前`
  if (day === addDays(today, 1)) return `明天 ${time} 前`
  return `${inShanghai(due).format('M月D日')} ${time} 前`
}

export interface ScriptFacts {
  customerName?: string | null
  /** the order's contact, who may carry a title ('张女士') */
  contactName?: string | null
  order?: { date: string; window: TimeWindowId; serviceName: string } | null
  cleanerName?: string | null
  staffName?: string | null
  ticketNo: string
  /** descriptions of the compensation granted so far ('¥50.00 优惠券') */
  grantedCompensation?: readonly string[]
  /** the deadline promised to the household (the resolution clock), when one runs */
  due?: Date | null
  companyName?: string | null
  now: Date
}

export function scriptValues(facts: ScriptFacts): Record<ScriptVariable, string | null> {
  return {
    客户称呼: customerSalutation(facts.customerName, facts.contactName),
    服务时间: facts.order ? describeSlot(facts.order.date, facts.order.window) : null,
    服务项目: facts.order?.serviceName ?? null,
    补偿内容: facts.grantedCompensation?.length ? facts.grantedCompensation.join('、') : null,
    工单号: facts.ticketNo,
    阿姨称呼: cleanerSalutation(facts.cleanerName),
    客服姓名: facts.staffName?.trim() || null,
    处理时限: facts.due ? deadlineLabel(facts.due, facts.now) : null,
    公司名称: facts.companyName?.trim() || null
  }
}
