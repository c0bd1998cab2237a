// Input pieces of what households type (user and booking functions): free text, mobile numbers, the family situation.
import { z } from 'zod'
import { MOBILE_PATTERN, normalizePhone } from '../rules/phone'

export const TEXT_MAX_LENGTH = 200

/** Optional free text (wishes, notes, preferences): trimmed, at most `max` characters (not UTF-16 units). */
export const optionalText = (what: string, max = TEXT_MAX_LENGTH) =>
  z.string().trim()
    .refine((s) => Array.from(s).length <= max, { message: `${what}不能超过${max}字` })
    .optional()

/** A mainland mobile number as typed ('138 1234 5678', '+86 13812345678'), kept as its 11 digits. */
export const mobileInput = z.string().max(32)
  .transform(normalizePhone)
  .refine((p) => MOBILE_PATTERN.test(p), { message: '请输入正确的11位手机号' })

/** Family situation changes: only the fields given change. */
export const familyInput = z.object({
  elderly: z.boolean().optional(),
  children: z.boolean().optional(),
  pets: z.boolean().optional(),
  notes: optionalText('家庭情况说明')
}).strict()
