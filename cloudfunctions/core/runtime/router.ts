// A function's router: action name -> {schema, handler}. It validates input, runs the handler and answers
// {ok: true, data} or {ok: false, error: {code, message}}. Handlers hold the work; the router holds no rules.
import { z } from 'zod'
import { normalizeEvent, type CallEvent } from './event'
import { openCloud, type Cloud } from './cloud'
import { parseInput } from './validate'
import { AppError, invalid, toErrorBody, type ApiResult } from '../contract/errors'

export interface HandlerContext extends Cloud {
  event: CallEvent
  now: Date
}

export interface Action<S extends z.ZodTypeAny = z.ZodTypeAny, R = unknown> {
  schema: S
  handler: (input: z.infer<S>, ctx: HandlerContext) => Promise<R>
}

export function action<S extends z.ZodTypeAny, R>(schema: S, handler: (input: z.infer<S>, ctx: HandlerContext) => Promise<R>): Action<S, R> {
  return { schema, handler }
}

export type Actions = Record<string, Action<any, any>>

export function createRouter(actions: Actions, opts: { onTimer?: (ctx: HandlerContext) => Promise<unknown> } = {}) {
  return async function main(event: unknown, context: unknown): Promise<ApiResult<unknown>> {
    const call = normalizeEvent(event)
    try {
      if (!call) throw invalid('请求内容不是合法的 JSON 对象')
      const ctx: HandlerContext = { ...openCloud(context), event: call, now: new Date() }
      if (call.kind === 'timer') {
        if (!opts.onTimer) throw invalid('该函数没有定时任务')
        return { ok: true, data: await opts.onTimer(ctx) }
      }
      const name = call.action
      const act = name && Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined
      if (!act) throw invalid(`不支持的操作: ${name ?? '(未指定 action)'}`, { action: name })
      const input = parseInput(act.schema, call.input)
      return { ok: true, data: await act.handler(input, ctx) }
    } catch (e) {
      if (!(e instanceof AppError)) {
        console.error(JSON.stringify({ level: 'error', action: call?.action, error: (e as Error)?.stack ?? String(e) }))
      }
      return { ok: false, error: toErrorBody(e) }
    }
  }
}
