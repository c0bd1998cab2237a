// Input pieces the complaint actions share, the Chinese names of their fields for validation messages, and the check
// that the caller is a household (a bound cleaner's WeChat account gets no household complaint data).
import { z, nameFields, type HandlerContext } from '../core/runtime'
import { fileIdInput } from '../core/runtime/schemas'
import { requireOpenid } from '../core/auth/identity'
import { findCustomer } from '../core/auth/household'
import { COLL } from '../core/data/collections'
import { findOne } from '../core/data/db'
import { denied } from '../core/contract/errors'
import type { CustomerDoc } from '../core/customers/customerDoc'

nameFields({
  orderId: '订单', category: '投诉类型', description: '问题描述', photos: '照片', contactTime: '方便联系的时间',
  requestKey: '请求编号', complaintId: '投诉工单', text: '留言内容', satisfied: '是否满意', rating: '评分',
  comment: '评价内容', reason: '不满意的原因'
})

/** Text a household typed: trimmed, between min and max characters (not UTF-16 units). */
export const typedText = (what: string, min: number, max: number) =>
  z.string().trim()
    .refine((s) => Array.from(s).length >= min, { message: min <= 1 ? `请填写${what}` : `${what}至少${min}个字` })
    .refine((s) => Array.from(s).length <= max, { message: `${what}不能超过${max}字` })

export const PHOTOS_MAX = 6
export const photosInput = z.array(fileIdInput).max(PHOTOS_MAX, { message: `照片最多${PHOTOS_MAX}张` })

/** The calling household's customer file (undefined when it has none yet); a bound cleaner is PERMISSION_DENIED. */
export async function callingHousehold(ctx: HandlerContext): Promise<CustomerDoc | undefined> {
  const openid = requireOpenid(ctx)
  if (await findOne(ctx.db, COLL.cleaners, { openid })) throw denied('阿姨账号不能查看或提交客户投诉，请使用客户身份登录')
  return findCustomer(ctx)
}
