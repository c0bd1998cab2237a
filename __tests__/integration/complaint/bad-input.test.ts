// Bad input for every complaint action is INVALID_ARGUMENT (or NOT_FOUND for ids that are not the caller's) with a
// Chinese message, and writes nothing anywhere.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, uploadPhoto, CHINESE } from '../../helpers/api'
import { seedOrder, snapshot } from '../../helpers/desk'
import { complaintRefusal } from '../../../cloudfunctions/core/rules/householdOrder'
import { complaintInput, householdWithOrder, type ComplainingHousehold } from '../../helpers/complaints'

jest.setTimeout(120_000)

let t: TestCloud
let h: ComplainingHousehold
let complaintId: string
let photo: string
beforeAll(async () => {
  t = await startTestCloud()
  h = await householdWithOrder(t)
  photo = await uploadPhoto(t, h.token)
  complaintId = (await okFn(t, 'complaint', 'create', complaintInput(h), h.token)).id
})
afterAll(async () => { await t?.close() })

const COLLS = ['complaints', 'messages', 'customers', 'coupons', 'orders', 'subscriptions']
const long = (n: number) => '好'.repeat(n)
/** Stands for the uploaded photo in the tables below (they are built before the upload happens). */
const PHOTO = 'PHOTO'
const withPhoto = (input: Record<string, unknown>) =>
  Array.isArray(input.photos) ? { ...input, photos: input.photos.map((p) => (p === PHOTO ? photo : p)) } : input

async function refused(action: string, input: Record<string, unknown>, code = 'INVALID_ARGUMENT') {
  const before = await snapshot(t, COLLS)
  const r = await callFn(t, 'complaint', action, input, h.token)
  expect({ action, input, ok: r.ok, code: r.error?.code }).toEqual({ action, input, ok: false, code })
  expect(r.error.message).toMatch(CHINESE)
  expect(await snapshot(t, COLLS)).toBe(before)
}

it.each([
  ['unknown category', { category: 'rude' }],
  ['no category', { category: undefined }],
  ['description too short', { description: '太差' }],
  ['description only spaces', { description: '       ' }],
  ['description too long', { description: long(1001) }],
  ['description not a string', { description: 12345 }],
  ['contact time too long', { contactTime: long(51) }],
  ['seven photos', { photos: Array(7).fill(PHOTO) }],
  ['a photo that is not a fileID', { photos: ['https://example.com/a.jpg'] }],
  ['a photo never uploaded', { photos: ['cloud://local.local-bucket/uploads/nobody/missing.jpg'] }],
  ['no requestKey', { requestKey: undefined }],
  ['bad requestKey', { requestKey: 'short' }],
  ['unknown field', { priority: 'high' }],
  ['order id not a string', { orderId: 42 }]
])('create: %s', async (_name, over) => {
  await refused('create', withPhoto(complaintInput(h, over)))
})

it('create: an order that does not exist is NOT_FOUND', async () => {
  await refused('create', complaintInput(h, { orderId: 'no-such-order' }), 'NOT_FOUND')
})

it.each(['cancelled', 'pending_dispatch'] as const)('create: about an own order that is %s is FAILED_PRECONDITION (rules/householdOrder)', async (status) => {
  const order = await seedOrder(t, { customerId: h.customerId, status, cleanerId: status === 'cancelled' ? 'cleaner-x' : null })
  await refused('create', complaintInput({ order }), 'FAILED_PRECONDITION')
  const r = await callFn(t, 'complaint', 'create', complaintInput({ order }), h.token)
  expect(r.error).toEqual({ code: 'FAILED_PRECONDITION', message: complaintRefusal({ status }), details: { status } })
  // the same household may still complain in general, without the order
  expect((await callFn(t, 'complaint', 'create', complaintInput(null), h.token)).ok).toBe(true)
})

it.each([
  ['no complaintId', {}],
  ['complaintId empty', { complaintId: '' }],
  ['unknown field', { complaintId: 'x', extra: 1 }]
])('detail: %s', async (_name, input) => {
  await refused('detail', input)
})

it('detail: a missing complaint is NOT_FOUND', async () => {
  await refused('detail', { complaintId: 'no-such-complaint' }, 'NOT_FOUND')
})

it.each([
  ['limit 0', { limit: 0 }],
  ['limit 51', { limit: 51 }],
  ['bad cursor', { cursor: 'not-a-cursor' }]
])('list: %s', async (_name, input) => {
  await refused('list', input)
})

it.each([
  ['no text', { text: undefined }],
  ['empty text', { text: '   ' }],
  ['text too long', { text: long(501) }],
  ['photo never uploaded', { text: '补充', photos: ['cloud://local.local-bucket/uploads/x/none.jpg'] }],
  ['seven photos', { text: '补充', photos: Array(7).fill(PHOTO) }],
  ['unknown field', { text: '补充', urgent: true }],
  ['not a string', { text: 42 }]
])('reply: %s', async (_name, over) => {
  await refused('reply', withPhoto({ complaintId, ...over }))
})

it('reply: a missing complaint is NOT_FOUND', async () => {
  await refused('reply', { complaintId: 'no-such-complaint', text: '你好' }, 'NOT_FOUND')
})

it.each([
  ['no satisfied', { rating: 5 }],
  ['rating 0', { satisfied: true, rating: 0 }],
  ['rating 6', { satisfied: true, rating: 6 }],
  ['rating 4.5', { satisfied: true, rating: 4.5 }],
  ['no rating', { satisfied: true }],
  ['comment too long', { satisfied: true, rating: 4, comment: long(301) }],
  ['no reason', { satisfied: false }],
  ['reason too short', { satisfied: false, reason: '差' }],
  ['reason too long', { satisfied: false, reason: long(301) }],
  ['reason with satisfied', { satisfied: true, rating: 5, reason: '不好' }]
])('confirm: %s', async (_name, over) => {
  await refused('confirm', { complaintId, ...over })
})

it('confirm: before a resolution is proposed it is FAILED_PRECONDITION and nothing changes', async () => {
  await refused('confirm', { complaintId, satisfied: true, rating: 5 }, 'FAILED_PRECONDITION')
  await refused('confirm', { complaintId, satisfied: false, reason: '还没处理呢' }, 'FAILED_PRECONDITION')
})

it('an unknown action is INVALID_ARGUMENT', async () => {
  await refused('escalate', { complaintId })
})
