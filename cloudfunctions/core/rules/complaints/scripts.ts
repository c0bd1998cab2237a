// Script templates (话术模板): the company's wording with {{客户称呼}}-style variables filled in. A variable without a
// value stays visible in the text as {{…}} and is listed, so the agent fills it in before sending.
import { SCRIPT_VARIABLE_NAMES } from '../../contract/complaint'

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

export type ScriptValues = Record<string, string | number | null | undefined>

export interface RenderedScript {
  text: string
  /** Variables the text uses that have no value (each once, in order of first use). */
  missing: string[]
  /** Variables the text uses that are not in the company's list (likely a typo such as {{客户名称}}). */
  unknown: string[]
}

/** The variable names a template uses, each once, in order of first use. */
export function scriptVariables(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]))]
}

export function renderScript(
  text: string,
  vars: ScriptValues,
  known: readonly string[] = SCRIPT_VARIABLE_NAMES
): RenderedScript {
  const missing = new Set<string>()
  const rendered = text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined
    const filled = value === null || value === undefined ? '' : String(value).trim()
    if (filled === '') {
      missing.add(name)
      return placeholder
    }
    return filled
  })
  const unknown = scriptVariables(text).filter((name) => !known.includes(name))
  return { text: rendered, missing: [...missing], unknown }
}

/**
 * Why a template cannot be saved, or null: a variable the company does not know (a typo would stay visible in every
 * message), or braces that do not make a variable.
 */
export function templateProblem(text: string, known: readonly string[] = SCRIPT_VARIABLE_NAMES): string | null {
  const unknown = scriptVariables(text).filter((name) => !known.includes(name))
  if (unknown.length > 0) {
    const list = (names: readonly string[]) => names.map((name) => `{{${name}}}`).join('、')
    return `话术中有不认识的变量 ${list(unknown)}，可用的变量有：${list(known)}`
  }
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) return '话术中的变量格式不正确，应写成 {{客户称呼}} 这样'
  return null
}
