// WeChat's ids of our subscription templates: settings doc 'wx_templates' ({complaintProgress: '...'}), each with a
// local default (TMPL_COMPLAINT_PROGRESS, ...) so the local CloudBase works without configuration.
import type { Database } from '../runtime/cloud'
import { PUSH_TEMPLATE_SETTINGS, PUSH_TEMPLATES, type PushTemplate } from '../contract/push'
import { readSettings, SETTINGS_IDS } from '../data/settings'

export async function templateIds(db: Database): Promise<Record<PushTemplate, string>> {
  const configured = await readSettings(db, SETTINGS_IDS.wxTemplates)
  const out = {} as Record<PushTemplate, string>
  for (const template of PUSH_TEMPLATES) {
    const { key, localDefault } = PUSH_TEMPLATE_SETTINGS[template]
    const id = configured[key]
    out[template] = typeof id === 'string' && id ? id : localDefault
  }
  return out
}

export async function templateIdOf(db: Database, template: PushTemplate): Promise<string> {
  return (await templateIds(db))[template]
}
