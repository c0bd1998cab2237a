// The cleaner function: what a cleaner (阿姨) does in her sub-package. One call per action in docs/api.md.
import type { BindResult, JobScope, JobSummary, JobView } from '@core/contract/api/cleaner'
import { call } from './transport'

export type { BindResult, JobScope, JobSummary, JobView, JobPhoto } from '@core/contract/api/cleaner'

export const cleanerApi = {
  bind: (inviteCode: string) => call<BindResult>('cleaner', 'bind', { inviteCode }),
  jobs: (scope: JobScope) => call<{ list: JobSummary[] }>('cleaner', 'jobs', { scope }),
  job: (orderId: string) => call<JobView>('cleaner', 'job', { orderId }),
  /** before photos are optional */
  checkIn: (orderId: string, photos: string[] = []) =>
    call<JobView>('cleaner', 'checkIn', { orderId, ...(photos.length ? { photos } : {}) }),
  /** 1-9 after photos */
  checkOut: (orderId: string, photos: string[], note = '') =>
    call<JobView>('cleaner', 'checkOut', { orderId, photos, ...(note ? { note } : {}) })
}
