// A booking attempt's idempotency key (8-64 of [A-Za-z0-9_-], see CreateOrderInput.requestKey). Made once per visit
// of the booking page: a double tap or a retry after a lost answer sends the same key, so the server books once.
export function newRequestKey(now: number = Date.now()): string {
  const random = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `bk-${now.toString(36)}-${random()}${random()}`
}
