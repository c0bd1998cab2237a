// catalog: the active services, grouped by category in the catalogue's order (contract/catalog.ts); empty
// categories are left out.
import { action, z } from '../core/runtime'
import { requireOpenid } from '../core/auth/identity'
import { SERVICE_CATEGORIES, SERVICE_CATEGORY_IDS } from '../core/contract/catalog'
import type { CatalogView } from '../core/contract/api/booking'
import { listActiveServices } from '../core/data/services'
import { serviceView } from './view'

export const catalog = action(z.object({}).strict(), async (_input, ctx): Promise<CatalogView> => {
  requireOpenid(ctx)
  const services = await listActiveServices(ctx.db)
  const categories = SERVICE_CATEGORY_IDS.map((id) => ({
    id,
    label: SERVICE_CATEGORIES[id].label,
    services: services
      .filter((s) => s.category === id)
      .sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0) || a.name.localeCompare(b.name, 'zh-CN'))
      .map(serviceView)
  }))
  return { categories: categories.filter((c) => c.services.length > 0) }
})
