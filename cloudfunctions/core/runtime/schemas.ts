// Input pieces every function's schemas share: document ids, list paging, Shanghai dates, free-text reasons.
import { z } from 'zod'
import { isDateString } from '../rules/time'
import { nameFields } from './validate'

nameFields({ cursor: '翻页参数', limit: '每页数量', reason: '原因', date: '日期', from: '开始日期', to: '结束日期' })

/** A document id as the client got it from us. */
export const docId = z.string().trim().min(1).max(64)

/** {cursor?, limit?}: limit 1-50, default 20 (docs/api.md). A cursor is a token we handed out: base64url only. */
export const pageInput = {
  cursor: z.string().max(512).refine((s) => /^[A-Za-z0-9_-]*$/.test(s), { message: '翻页参数不正确，请刷新后重试' }).nullish(),
  limit: z.number().int().min(1).max(50).default(20)
}

/** Control characters (NUL, line breaks, DEL ...): never part of anything a person searches for or types in a field. */
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/

/** Text typed into a search box: trimmed, at most `max` characters, no control characters. */
export const searchInput = (max: number) =>
  z.string().refine((s) => !CONTROL_CHARS.test(s), { message: '搜索内容含有不可见的控制字符，请重新输入' })
    .transform((s) => s.trim()).pipe(z.string().max(max))

/** A Shanghai calendar date 'YYYY-MM-DD' that exists. */
export const shanghaiDateInput = z.string().refine(isDateString, { message: '日期格式不正确，应为 YYYY-MM-DD' })

/** A reason a person typed: trimmed, 1-200 characters. */
export const reasonInput = (what = '原因', max = 200) =>
  z.string().trim()
    .refine((s) => s.length > 0, { message: `请填写${what}` })
    .refine((s) => Array.from(s).length <= max, { message: `${what}不能超过${max}字` })

/** A stored file's id as the upload returned it ('cloud://...'). */
export const fileIdInput = z.string().max(512).refine((s) => s.startsWith('cloud://') && s.length > 'cloud://'.length, {
  message: '照片文件不正确，请重新上传'
})
