// Input pieces the booking actions share, and the Chinese names of their fields for validation messages.
import { z, nameFields } from '../core/runtime'
import { TIME_WINDOW_IDS } from '../core/contract/order'

nameFields({
  serviceId: '服务', quantity: '数量', date: '服务日期', window: '服务时段', addressId: '服务地址',
  requests: '服务要求', familyNotes: '家庭情况', elderly: '是否有老人', children: '是否有小孩', pets: '是否有宠物',
  notes: '家庭情况说明', requestKey: '请求编号', orderId: '订单', status: '订单状态', reason: '原因'
})

export const windowInput = z.enum(TIME_WINDOW_IDS)
