// The idempotency key of one attempt (8-64 of [A-Za-z0-9_-], see CreateOrderInput / CreateComplaintInput requestKey).
// Made once per visit of the booking or the complaint page: a double tap or a retry after a lost answer sends the
// same key, so the server books (or files) once.
export function newRequestKey(now: number = Date.now(), prefix = 'bk'): string {
  const random = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `${prefix}-${now.toString(36)}-${random()}${random()}`
}

/** A complaint filing's key ('ck-…'), one per visit of the new-complaint page. */
export const newComplaintKey = () => newRequestKey(Date.now(), 'ck')
