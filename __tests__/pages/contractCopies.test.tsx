// src/ may import only types from the server, so the few labels the pages need before any answer arrives are written
// out in src/. Each copy must read exactly as the contract's (cloudfunctions/core/contract), or a page would name a
// status, category, grade, window or SLA clock differently from every API answer. (The complaint labels and script
// variables: admin/vocabulary.test.tsx.)
import { SERVICE_CATEGORIES, SERVICE_CATEGORY_IDS } from '@core/contract/catalog'
import { CLEANER_GRADE_LABELS } from '@core/contract/cleaner'
import { ORDER_STATUSES, ORDER_STATUS_LABELS, TIME_WINDOW_IDS, TIME_WINDOW_LABELS } from '@core/contract/order'
import { SLA_CLOCK_LABELS } from '@core/contract/complaint'
import { WINDOW_HOURS } from '@core/rules/windows'
import { formatFen as serverFormatFen } from '@core/rules/pricing'
import { CATEGORY_OPTIONS, GRADE_OPTIONS, ORDER_STATUS_OPTIONS, WINDOW_OPTIONS } from '@/admin/vocabulary'
import { ORDER_TABS } from '@/constants/orderTabs'
import { SERVICE_INCLUDES, BOOKING_NOTES } from '@/constants/serviceIncludes'
import { SLA_CLOCK_TEXT } from '@/admin/sla'
import { formatFen } from '@/format/money'

const asOptions = (ids: readonly string[], label: (id: string) => string) => ids.map((value) => ({ value, label: label(value) }))

it("the order tabs name each status as the contract does, in the contract's order", () => {
  expect(ORDER_TABS[0]).toEqual({ key: 'all', label: '全部' })
  expect(ORDER_TABS.slice(1).map((t) => [t.key, t.label, t.filter])).toEqual(ORDER_STATUSES.map((s) => [s, ORDER_STATUS_LABELS[s], s]))
})

it("the desk's option lists are the contract's ids and labels", () => {
  expect(ORDER_STATUS_OPTIONS).toEqual(asOptions(ORDER_STATUSES, (s) => ORDER_STATUS_LABELS[s as keyof typeof ORDER_STATUS_LABELS]))
  expect(CATEGORY_OPTIONS).toEqual(asOptions(SERVICE_CATEGORY_IDS, (c) => SERVICE_CATEGORIES[c as keyof typeof SERVICE_CATEGORIES].label))
  expect(GRADE_OPTIONS).toEqual(asOptions(Object.keys(CLEANER_GRADE_LABELS), (g) => CLEANER_GRADE_LABELS[g as keyof typeof CLEANER_GRADE_LABELS]))
  expect(SLA_CLOCK_TEXT).toEqual(SLA_CLOCK_LABELS)
})

it('the windows read with their hours as the server has them, also in the booking notes', () => {
  const described = TIME_WINDOW_IDS.map((w) => `${TIME_WINDOW_LABELS[w]} ${WINDOW_HOURS[w].start}-${WINDOW_HOURS[w].end}`)
  expect(WINDOW_OPTIONS.map((o) => o.label)).toEqual(described)
  expect(WINDOW_OPTIONS.map((o) => o.value)).toEqual([...TIME_WINDOW_IDS])
  expect(BOOKING_NOTES[0]).toBe(`服务时段：${described.join('，')}`)
})

it('what each category includes is told for every category the contract has', () => {
  expect(Object.keys(SERVICE_INCLUDES).sort()).toEqual([...SERVICE_CATEGORY_IDS].sort())
})

it("money reads as the server's formatFen writes it", () => {
  for (const fen of [0, 1, 99, 100, 1250, 4500, 123456789, -1250]) expect(formatFen(fen)).toBe(serverFormatFen(fen))
})
