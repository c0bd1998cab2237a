// One change to the work order from a panel: complaints.act with the version the page read. The refusal stays next to
// the panel's buttons: PERMISSION_DENIED says who may do it; CONFLICT (someone else changed the work order meanwhile)
// reloads the work order so the next try is made on what is there now.
import { useState } from 'react'
import { complaintsDeskApi, type ActInput, type WorkOrderView } from '@/api/complaintsDesk'
import { ApiError } from '@/api/transport'

export interface WorkOrderHandle {
  view: WorkOrderView
  /** show this answer (and tell the page it changed) */
  updated: (view: WorkOrderView) => void
  /** read the work order again */
  reload: () => void
}

export interface ActRefusal {
  code: string
  message: string
}

export type ActPayload = Omit<ActInput, 'complaintId' | 'version'>

export function refusalText(r: ActRefusal): string {
  if (r.code === 'CONFLICT') return `${r.message}（已重新加载最新工单，请核对后再操作）`
  if (r.code === 'PERMISSION_DENIED') return `无权操作：${r.message}`
  return r.message
}

export interface WorkOrderActing {
  busy: boolean
  refusal: ActRefusal | null
  setRefusal: (r: ActRefusal | null) => void
  /** resolves true when the action was taken */
  act: (payload: ActPayload) => Promise<boolean>
}

export function useWorkOrderAct(wo: WorkOrderHandle): WorkOrderActing {
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<ActRefusal | null>(null)

  const act = async (payload: ActPayload): Promise<boolean> => {
    setBusy(true)
    setRefusal(null)
    try {
      const view = await complaintsDeskApi.complaints.act({ complaintId: wo.view.id, version: wo.view.version, ...payload })
      wo.updated(view)
      return true
    } catch (e) {
      const r = e instanceof ApiError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: '操作失败，请重试' }
      setRefusal(r)
      if (r.code === 'CONFLICT') wo.reload()
      return false
    } finally {
      setBusy(false)
    }
  }

  return { busy, refusal, setRefusal, act }
}
