// Response types of the `cleaner` function (docs/api.md). The mini-program's cleaner sub-package imports these as types.
import type { ServiceCategoryId } from '../catalog'
import type { CleanerGrade } from '../cleaner'
import type { OrderCard } from './orderCard'

export type JobScope = 'today' | 'upcoming'

export interface BindResult {
  cleaner: { id: string; name: string; grade: CleanerGrade; gradeLabel: string; skills: ServiceCategoryId[] }
}

export interface JobSummary extends OrderCard {
  orderId: string
  /** city and district, always */
  district: string
}

export interface JobPhoto {
  fileID: string
  /** a temporary download URL ('' when the file is gone) */
  url: string
}

export interface JobView extends JobSummary {
  /** the full address on the job's Shanghai day(s), otherwise city and district */
  address: string
  addressFull: boolean
  customer: { nameMasked: string; phoneMasked: string }
  quantity: number
  unitLabel: string
  requests: string
  family: { elderly: boolean; children: boolean; pets: boolean; notes: string }
  photos: { before: JobPhoto[]; after: JobPhoto[] }
  checkIn: { at: string } | null
  checkOut: { at: string; note: string } | null
  canCheckIn: boolean
  /** why she cannot check in now (shown under the greyed button) */
  checkInRefusal?: string
  canCheckOut: boolean
}
