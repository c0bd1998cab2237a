// Input pieces the user actions share, and the Chinese names of their fields for validation messages.
import { z, nameFields } from '../core/runtime'
import { mobileInput } from '../core/runtime/householdInput'

nameFields({
  name: '姓名', phone: '手机号', family: '家庭情况', elderly: '是否有老人', children: '是否有小孩', pets: '是否有宠物',
  notes: '家庭情况说明', preferences: '服务偏好', op: '地址操作', id: '地址', address: '地址', contactName: '联系人',
  city: '城市', district: '区县', detail: '详细地址', isDefault: '是否默认地址', templateIds: '订阅消息模板'
})

const place = (max: number) => z.string().trim().min(1).max(max)

export const addressInput = z.object({
  contactName: place(20),
  phone: mobileInput,
  city: place(20),
  district: place(20),
  detail: place(100),
  isDefault: z.boolean().optional()
}).strict()
