// The stored customer file (collection `customers`), created on first contact by auth/identity requireCustomer and
// kept by the user function (profile, addresses) and by order events (orders/lifecycle.ts counters).
import type { FamilyInfo } from '../contract/api/user'

/** A saved service address. The contact's phone is encrypted (security/crypto) with a masked copy for display. */
export interface StoredAddress {
  /** random, stable: orders refer to it */
  id: string
  contactName: string
  phoneEnc: string
  phoneMasked: string
  city: string
  district: string
  detail: string
  /** exactly one address is the default whenever there is any (rules/addressBook) */
  isDefault: boolean
}

export interface CustomerDoc {
  _id: string
  openid: string
  name: string
  phoneEnc: string | null
  /** keyed hash of the phone, for staff lookups by number */
  phoneHash: string | null
  phoneMasked: string
  addresses: StoredAddress[]
  family: FamilyInfo
  preferences: string
  orderCount: number
  points: number
  tier: string
  createdAt: Date
  updatedAt: Date
  [field: string]: unknown
}
