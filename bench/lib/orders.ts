// Realistic `orders` documents for the benchmarks (~600 bytes of UTF-8 each once stored), generated from a seeded PRNG so
// every run sees the same data shape. Fields follow what the product stores: indexed ones (orderNo, customerId +
// createdAt, cleanerId + start, status + start, date + status, requestKey) and plain ones (serviceId, priceFen,
// couponId, address object, tags array, remark, n).

export interface OrderDoc {
  _id: string
  orderNo: string
  requestKey: string
  customerId: string
  cleanerId: string | null
  serviceId: string
  category: string
  status: string
  start: Date
  date: string
  durationMin: number
  priceFen: number
  couponId: string | null
  address: { province: string; city: string; district: string; detail: string; lat: number; lng: number }
  contactName: string
  tags: string[]
  remark: string
  n: number
  createdAt: Date
}

/** mulberry32: small, fast, deterministic */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const CUSTOMERS = 2000
export const CLEANERS = 150
export const SERVICES = 40
const DAY = 86_400_000
const CATEGORIES = ['daily_clean', 'deep_clean', 'appliance', 'glass', 'move_in', 'nanny']
const CITIES: Array<[string, string, string[]]> = [
  ['浙江省', '杭州市', ['西湖区', '上城区', '拱墅区', '滨江区', '余杭区']],
  ['上海市', '上海市', ['浦东新区', '徐汇区', '静安区', '闵行区']],
  ['江苏省', '南京市', ['鼓楼区', '玄武区', '建邺区']],
  ['广东省', '深圳市', ['南山区', '福田区', '宝安区']]
]
const STREETS = ['文三路', '学院路', '莫干山路', '世纪大道', '中山北路', '深南大道', '江南大道', '天目山路']
const TAGS = ['有宠物', '需带工具', '老客户', '首单', '加急', '需发票', '电梯房', '无电梯', '周末', '钥匙托管']
const NAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']
const REMARKS = [
  '请提前电话联系',
  '油烟机重点清洁',
  '家里有猫',
  '',
  '',
  '希望还是同一位阿姨'
]

/** The serviceId value that no document holds (the full-scan query looks for it). */
export const NO_SUCH_SERVICE = 'svc_none'

export const hex = (r: () => number, n: number) => {
  let s = ''
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[(r() * 16) | 0]
  return s
}

/**
 * Order number i. `now` anchors the dates: starts spread over [now-330d, now+30d]; future orders are pending /
 * confirmed / assigned, past ones mostly completed or cancelled.
 */
export function makeOrder(i: number, r: () => number, now: number, tag = 's'): OrderDoc {
  const start = new Date(Math.floor((now - 330 * DAY + r() * 360 * DAY) / 1_800_000) * 1_800_000) // half hours
  const future = start.getTime() > now
  const p = r()
  const status = future
    ? (p < 0.35 ? 'pending' : p < 0.75 ? 'confirmed' : 'assigned')
    : (p < 0.85 ? 'completed' : p < 0.97 ? 'cancelled' : 'refunded')
  const [province, city, districts] = CITIES[(r() * CITIES.length) | 0]
  const durationMin = [120, 180, 240, 300][(r() * 4) | 0]
  const priceFen = (6 + ((r() * 40) | 0)) * 1000 + ((r() * 10) | 0) * 100
  const createdAt = new Date(start.getTime() - (1 + r() * 10) * DAY)
  const nTags = (r() * 3) | 0
  const tags: string[] = []
  for (let t = 0; t < nTags; t++) tags.push(TAGS[(r() * TAGS.length) | 0])
  const couponId = r() < 0.2 ? `cp_${hex(r, 12)}` : null
  return {
    _id: hex(r, 24) + i.toString(16).padStart(8, '0'),
    orderNo: `JZ${tag}${String(i).padStart(9, '0')}`,
    requestKey: `rk_${tag}_${i}_${hex(r, 8)}`,
    customerId: `cus_${String((r() * CUSTOMERS) | 0).padStart(6, '0')}`,
    cleanerId: status === 'pending' || status === 'cancelled' ? null : `cln_${String((r() * CLEANERS) | 0).padStart(4, '0')}`,
    serviceId: `svc_${String((r() * SERVICES) | 0).padStart(2, '0')}`,
    category: CATEGORIES[(r() * CATEGORIES.length) | 0],
    status,
    start,
    date: start.toISOString().slice(0, 10),
    durationMin,
    priceFen,
    couponId,
    address: {
      province,
      city,
      district: districts[(r() * districts.length) | 0],
      detail: `${STREETS[(r() * STREETS.length) | 0]}${1 + ((r() * 800) | 0)}号${1 + ((r() * 30) | 0)}-${100 + ((r() * 2800) | 0)}`,
      lat: Math.round((22 + r() * 10) * 1e5) / 1e5,
      lng: Math.round((113 + r() * 8) * 1e5) / 1e5
    },
    contactName: `${NAMES[(r() * NAMES.length) | 0]}女士`,
    tags,
    remark: REMARKS[(r() * REMARKS.length) | 0],
    n: 0,
    createdAt
  }
}

/** A Date as the local engine stores it: always the full 24-character ISO string (see local/engine/ejson.ts). */
export function ejsonIso(d: Date): string {
  return d.toISOString()
}

/**
 * The stored text of a document exactly as the local engine writes it (relaxed EJSON: Dates as {"$date": ISO}),
 * without going through the engine: JSON.stringify with a replacer. Used for the raw-SQLite floor.
 */
export function diskText(doc: object): string {
  return JSON.stringify(doc, function (this: any, k: string, v: unknown) {
    const raw = this[k]
    return raw instanceof Date ? { $date: ejsonIso(raw) } : v
  })
}
