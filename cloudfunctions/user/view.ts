// What a household sees of its own customer file and messages: never the ciphertexts, never internal scores.
import type { AddressView, CustomerView, MessageView } from '../core/contract/api/user'
import type { CustomerDoc, StoredAddress } from '../core/customers/customerDoc'
import { mergeFamily } from '../core/rules/bookingRequest'

export function addressView(a: StoredAddress): AddressView {
  return {
    id: a.id, contactName: a.contactName, phoneMasked: a.phoneMasked ?? '',
    city: a.city, district: a.district, detail: a.detail, isDefault: !!a.isDefault
  }
}

export function customerView(c: CustomerDoc): CustomerView {
  return {
    id: c._id,
    name: c.name ?? '',
    phoneMasked: c.phoneMasked ?? '',
    addresses: (c.addresses ?? []).map(addressView),
    family: mergeFamily(c.family),
    preferences: c.preferences ?? '',
    orderCount: c.orderCount ?? 0,
    points: c.points ?? 0,
    tier: c.tier ?? 'regular'
  }
}

/** The text of a WeChat-style message body ({thing1: {value}, ...}) when the outbox entry has no content of its own. */
function bodyText(data: unknown): string {
  if (!data || typeof data !== 'object') return ''
  return Object.values(data as Record<string, { value?: unknown }>)
    .map((v) => (v && typeof v === 'object' ? String(v.value ?? '') : ''))
    .filter(Boolean)
    .join('，')
}

/** A product message (outbox `messages`): title and content as the push wrote them. */
export function messageView(m: any): MessageView {
  return {
    id: m._id,
    template: m.template ?? m.templateId ?? '',
    title: m.title ?? '',
    content: m.content ?? bodyText(m.data),
    page: m.page ?? null,
    sentAt: new Date(m.sentAt ?? m.createdAt).toISOString()
  }
}
