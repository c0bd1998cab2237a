// The input types src/ builds requests with (contract/api/user.ts, booking.ts) must be exactly what the functions'
// schemas accept. Checked by the type checker (npm run typecheck); the test below only keeps jest company.
import type { z } from 'zod'
import type { AddressOp, ProfileInput, SubscribeAcceptedInput } from '../../../cloudfunctions/core/contract/api/user'
import type { CreateOrderInput, OrderListInput } from '../../../cloudfunctions/core/contract/api/booking'
import type { addresses } from '../../../cloudfunctions/user/addresses'
import type { updateProfile } from '../../../cloudfunctions/user/updateProfile'
import type { subscribeAccepted } from '../../../cloudfunctions/user/subscribeAccepted'
import type { create } from '../../../cloudfunctions/booking/create'
import type { list } from '../../../cloudfunctions/booking/list'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type InputOf<T extends { schema: z.ZodTypeAny }> = z.input<T['schema']>

const agreements: [
  Same<AddressOp, InputOf<typeof addresses>>,
  Same<ProfileInput, InputOf<typeof updateProfile>>,
  Same<SubscribeAcceptedInput, InputOf<typeof subscribeAccepted>>,
  Same<CreateOrderInput, InputOf<typeof create>>,
  Same<OrderListInput, InputOf<typeof list>>
] = [true, true, true, true, true]

test('contract input types agree with the schemas', () => {
  expect(agreements.every(Boolean)).toBe(true)
})
