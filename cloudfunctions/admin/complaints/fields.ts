// Input pieces the complaints desk shares (queue filters, work-order ids, script and scenario ids). Fields whose names
// other desks already use for something else (status, category) carry their own message instead of a field name.
import { z, nameFields } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'

nameFields({
  complaintId: '投诉工单',
  scriptId: '话术模板',
  scenarioId: '演练场景',
  drillId: '演练记录',
  answer: '回答',
  title: '标题',
  text: '内容',
  lesson: '经验总结',
  isCase: '是否典型案例',
  assigneeId: '处理人',
  assignee: '处理人',
  version: '工单版本'
})

/** One of `values`; anything else (also a non-string) is '<label>的取值不正确'. */
export function choice<T extends string>(values: readonly T[], label: string) {
  return z.unknown().refine((v): v is T => typeof v === 'string' && (values as readonly string[]).includes(v), {
    message: `${label}的取值不正确`
  })
}

export const complaintId = docId

/** Text a person typed: trimmed, 1..max characters (counted as characters, not UTF-16 units). */
export const typedText = (what: string, max: number) =>
  z.string().trim()
    .refine((s) => s.length > 0, { message: `请填写${what}` })
    .refine((s) => Array.from(s).length <= max, { message: `${what}不能超过${max}字` })
