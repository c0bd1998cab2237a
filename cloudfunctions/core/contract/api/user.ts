// Response (and input) types of the `user` function (docs/api.md). src/ imports these as types only.
import type { Page } from './page'

export interface FamilyInfo {
  elderly: boolean
  children: boolean
  pets: boolean
  /** Free text for the cleaner: allergies, a dog that must stay in, where the mop is. At most 200 characters. */
  notes: string
}

/** A saved service address; the phone is stored encrypted and only ever shown masked. */
export interface AddressView {
  id: string
  contactName: string
  phoneMasked: string
  city: string
  district: string
  detail: string
  isDefault: boolean
}

export interface CustomerView {
  id: string
  name: string
  phoneMasked: string
  /** The default address first is not guaranteed: the order is the order they were added in. */
  addresses: AddressView[]
  family: FamilyInfo
  preferences: string
  orderCount: number
  points: number
  tier: string
}

export interface AddressInput {
  contactName: string
  /** Mainland mobile number, 11 digits. */
  phone: string
  city: string
  district: string
  detail: string
  isDefault?: boolean
}

/** update changes only the fields given (the phone can stay as it was: the client only knows it masked). */
export type AddressOp =
  | { op: 'add'; address: AddressInput }
  | { op: 'update'; id: string; address: Partial<AddressInput> }
  | { op: 'remove'; id: string }
  | { op: 'setDefault'; id: string }

export interface ProfileInput {
  name?: string
  phone?: string
  /** Merged into the saved family situation: only the fields given change. */
  family?: Partial<FamilyInfo>
  preferences?: string
}

export interface SubscribeAcceptedInput {
  /** 1-3 template ids the person just accepted (WeChat asks for at most 3 at once). */
  templateIds: string[]
}

/** Our own count of unspent one-time acceptances per template (WeChat has no API to read it). */
export interface SubscribeQuota {
  quota: Record<string, number>
}

/** A product message that was delivered (outbox status sent), newest first. */
export interface MessageView {
  id: string
  template: string
  title: string
  content: string
  /** The mini-program page the message opens, if any. */
  page: string | null
  sentAt: string
}

export type MessagesPage = Page<MessageView>
export type { Page }
