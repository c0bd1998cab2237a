// user: the household's own file — profile, addresses, family situation, preferences, messages.
// Shapes come from the backend contract (types only; erased at build).
import type {
  AddressOp, AddressView, CustomerView, MessagesPage, ProfileInput, SubscribeAcceptedInput, SubscribeQuota
} from '@core/contract/api/user'
import { call } from './transport'

export type {
  AddressInput, AddressOp, AddressView, CustomerView, FamilyInfo, MessageView, MessagesPage, ProfileInput
} from '@core/contract/api/user'

export const me = () => call<CustomerView>('user', 'me')
export const updateProfile = (input: ProfileInput) => call<CustomerView>('user', 'updateProfile', input)
export const addresses = (input: AddressOp) => call<AddressView[]>('user', 'addresses', input)
export const subscribeAccepted = (input: SubscribeAcceptedInput) => call<SubscribeQuota>('user', 'subscribeAccepted', input)
export const messages = (input: { cursor?: string | null; limit?: number } = {}) => call<MessagesPage>('user', 'messages', input)
