// booking: the household's catalogue, slots, quotes and orders — one function per action of docs/api.md.
// Shapes come from the backend contract (types only; erased at build).
import type {
  CatalogView, CreateOrderInput, OrderListInput, OrderPage, OrderView, QuoteView, SlotsView
} from '@core/contract/api/booking'
import type { TimeWindowId } from '@core/contract/order'
import { call } from './transport'

export type {
  CatalogView, CreateOrderInput, OrderListFilter, OrderListInput, OrderPage, OrderSummary, OrderView, PhotoView,
  QuoteView, RescheduleView, ServiceView, SlotsView, TimelineView, WindowView
} from '@core/contract/api/booking'

export const catalog = () => call<CatalogView>('booking', 'catalog')
export const slots = (input: { serviceId: string }) => call<SlotsView>('booking', 'slots', input)
export const quote = (input: { serviceId: string; quantity: number }) => call<QuoteView>('booking', 'quote', input)
export const create = (input: CreateOrderInput) => call<OrderView>('booking', 'create', input)
export const list = (input: OrderListInput = {}) => call<OrderPage>('booking', 'list', input)
export const detail = (input: { orderId: string }) => call<OrderView>('booking', 'detail', input)
export const cancel = (input: { orderId: string; reason: string }) => call<OrderView>('booking', 'cancel', input)
export const reschedule = (input: { orderId: string; date: string; window: TimeWindowId; reason: string }) =>
  call<OrderView>('booking', 'reschedule', input)
export const confirmDone = (input: { orderId: string }) => call<OrderView>('booking', 'confirmDone', input)
