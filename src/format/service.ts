// How a service's terms read to a person. The numbers (minutes, limits) come from the catalogue response.
import type { ServiceView } from '../api/booking'

/** '约4小时/次', '2-8小时', '按天计，1-30天' */
export function durationText(s: ServiceView): string {
  const { min, max } = s.quantity
  switch (s.unit) {
    case 'visit': {
      const hours = s.durationMin / 60
      return `约${Number.isInteger(hours) ? hours : hours.toFixed(1)}小时/次`
    }
    case 'hour':
      return `${min}-${max}小时，按实际预约时长计费`
    case 'day':
      return `按天计费，可预约${min}-${max}天`
    default:
      return `每期26天，可预约${min}-${max}期`
  }
}
