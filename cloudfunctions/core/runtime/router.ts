// A function's router: action name -> {schema, handler, access}. It checks the caller (authorize), validates input,
// runs the handler and answers {ok: true, data} or {ok: false, error: {code, message}}. The router holds no rules.
import { z } from 'zod'
import { normalizeEvent, type CallEvent } from './event'
import { openCloud, type Cloud } from './cloud'
import { invocationNow } from './clock'
import { parseInput } from './validate'
import type { Access } from './access'
import { AppError, invalid, toErrorBody, type ApiResult } from '../contract/errors'

export interface HandlerContext extends Cloud {
  event: CallEvent
  now: Date
}

export interface Action<S extends z.ZodTypeAny = z.ZodTypeAny, R = unknown, P = undefined> {
  schema: S
  handler: (input: z.infer<S>, ctx: HandlerContext, caller: P) => Promise<R>
  /** who may call it (the permissions table); without it, the router's default caller */
  access?: Access
  /** checks the caller BEFORE the input is read (a refused caller learns nothing about the input) */
  authorize?: (ctx: HandlerContext) => Promise<P>
}

export function action<S extends z.ZodTypeAny, R>(
  schema: S,
  handler: (input: z.infer<S>, ctx: HandlerContext) => Promise<R>,
  access?: Access
): Action<S, R> {
  return access ? { schema, handler, access } : { schema, handler }
}

export type Actions = Record<string, Action<any, any, any>>

export interface RouterOptions {
  onTimer?: (ctx: HandlerContext) => Promise<unknown>
  /** who may call the actions that declare no access of their own (household functions) */
  defaultAccess?: Access
}

/** A function's entry, carrying its actions and their callers for the permissions table. */
export interface Router {
  (event: unknown, context: unknown): Promise<ApiResult<unknown>>
  actions: Actions
  defaultAccess?: Access
  hasTimer: boolean
}

export function createRouter(actions: Actions, opts: RouterOptions = {}): Router {
  const main = async function main(event: unknown, context: unknown): Promise<ApiResult<unknown>> {
    const call = normalizeEvent(event)
    try {
      if (!call) throw invalid('请求内容不是合法的 JSON 对象')
      const ctx: HandlerContext = { ...openCloud(context), event: call, now: invocationNow(context) }
      if (call.kind === 'timer') {
        if (!opts.onTimer) throw invalid('该函数没有定时任务')
        return { ok: true, data: await opts.onTimer(ctx) }
      }
      const name = call.action
      const act = name && Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined
      if (!act) throw invalid(`不支持的操作: ${name ?? '(未指定 action)'}`, { action: name })
      const caller = act.authorize ? await act.authorize(ctx) : undefined
      const input = parseInput(act.schema, call.input)
      return { ok: true, data: await act.handler(input, ctx, caller) }
    } catch (e) {
      if (!(e instanceof AppError)) {
        console.error(JSON.stringify({ level: 'error', action: call?.action, error: (e as Error)?.stack ?? String(e) }))
      }
      return { ok: false, error: toErrorBody(e) }
    }
  }
  return Object.assign(main, { actions, defaultAccess: opts.defaultAccess, hasTimer: !!opts.onTimer })
}
