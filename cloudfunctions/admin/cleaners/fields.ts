// The input fields of a cleaner record, shared by cleaners.create and cleaners.update.
import { z, nameFields } from '../../core/runtime'
import { SERVICE_CATEGORY_IDS } from '../../core/contract/catalog'
import { CLEANER_GRADES } from '../../core/contract/cleaner'
import { isMobilePhone } from '../../core/rules/phone'

nameFields({ cleanerId: '阿姨', name: '姓名', phone: '手机号', skills: '服务技能', grade: '等级', active: '启用状态' })

export const cleanerFields = {
  name: z.string().trim().min(1).max(20),
  phone: z.string().refine(isMobilePhone, { message: '手机号格式不正确，请输入11位手机号' }),
  skills: z.array(z.enum(SERVICE_CATEGORY_IDS)).min(1).max(SERVICE_CATEGORY_IDS.length),
  grade: z.enum(CLEANER_GRADES)
}
