// How a cleaner sees her jobs: city and district always, the full address only on the job's Shanghai day(s), the
// household's name and phone masked.
import { PRICE_UNIT_LABELS } from '../core/contract/catalog'
import type { JobSummary, JobView } from '../core/contract/api/cleaner'
import type { OrderDoc } from '../core/orders/orderDoc'
import { addressForCleaner, canSeeFullAddress, maskAddress, maskName } from '../core/rules/privacy'
import { checkInRefusal, checkOutRefusal } from '../core/rules/attendance'
import { orderCard } from '../core/orders/orderCard'
import { photoViews } from '../core/data/files'

export function jobSummary(o: OrderDoc): JobSummary {
  return {
    orderId: o._id,
    ...orderCard(o),
    district: maskAddress(o.address)
  }
}

export async function jobView(app: any, o: OrderDoc, now: Date): Promise<JobView> {
  const refusal = checkInRefusal(o, now)
  const [before, after] = await Promise.all([photoViews(app, o.photos?.before), photoViews(app, o.photos?.after)])
  const family = o.familyNotes ?? { elderly: false, children: false, pets: false, notes: '' }
  return {
    ...jobSummary(o),
    address: addressForCleaner(o, o.address, now),
    addressFull: canSeeFullAddress(o, now),
    customer: { nameMasked: maskName(o.contact?.name), phoneMasked: o.contact?.phoneMasked ?? '' },
    quantity: o.quantity,
    unitLabel: PRICE_UNIT_LABELS[o.service.unit] ?? '',
    requests: o.requests ?? '',
    family: { elderly: !!family.elderly, children: !!family.children, pets: !!family.pets, notes: family.notes ?? '' },
    photos: { before, after },
    checkIn: o.checkIn ? { at: o.checkIn.at.toISOString() } : null,
    checkOut: o.checkOut ? { at: o.checkOut.at.toISOString(), note: o.checkOut.note ?? '' } : null,
    canCheckIn: refusal === null,
    ...(refusal && o.status === 'dispatched' ? { checkInRefusal: refusal } : {}),
    canCheckOut: checkOutRefusal(o) === null
  }
}
