// One builder for a new order's draft: a booking and a free re-service start in the same shape, and only a
// re-service carries its links.
import { orderDraft, type NewOrder } from '../../../cloudfunctions/core/orders/orderDoc'

const at = new Date('2026-11-23T01:00:00Z')
const base: NewOrder = {
  requestKey: 'rk_12345678',
  customerId: 'c1',
  service: { id: 's1', category: 'daily_cleaning', name: '日常保洁', unit: 'hour', priceFen: 5000, durationMin: 0, premium: false },
  quantity: 3,
  address: { id: 'a1', city: '上海市', district: '浦东新区', detail: '世纪大道1号' },
  contact: { name: '王女士', phoneEnc: 'enc', phoneMasked: '138****5678' },
  date: '2026-11-25',
  window: 'morning',
  start: new Date('2026-11-25T00:00:00Z'),
  end: new Date('2026-11-25T03:00:00Z'),
  priceFen: { base: 15000, discount: 0, payable: 15000 },
  requests: '',
  familyNotes: { elderly: false, children: false, pets: true, notes: '' },
  created: { at, type: 'created', by: { kind: 'household', id: 'c1' } }
}

it('starts every order waiting for dispatch, with no cleaner, photos, history or links', () => {
  const { created, reservice, ...given } = base
  expect(orderDraft(base)).toEqual({
    ...given,
    cleanerId: null, status: 'pending_dispatch', couponId: null, reschedules: [], checkIn: null, checkOut: null,
    photos: { before: [], after: [] }, timeline: [created], cancel: null, confirmedAt: null
  })
  expect(reservice).toBeUndefined()
  expect(orderDraft(base)).not.toHaveProperty('reserviceOf')
})

it('links a free re-service to the complained order and its work order', () => {
  const d = orderDraft({ ...base, priceFen: { base: 15000, discount: 15000, payable: 0 }, reservice: { of: 'o9', complaintId: 'w1' } })
  expect(d).toMatchObject({ reserviceOf: 'o9', complaintId: 'w1', status: 'pending_dispatch', priceFen: { payable: 0 } })
  expect(d).not.toHaveProperty('reservice')
  expect(d).not.toHaveProperty('created')
})
