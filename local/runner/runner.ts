// The function runner: loads each built cloud function (build/functions/<name>/index.js + config.json) and calls
// main(event, context) with a CloudBase-shaped context. Identity travels in context.environment (a JSON string, as in
// CloudBase), per invocation, never through process-wide variables. Each function's timeout comes from its
// config.json; an invocation that runs over gets a timeout error (its promise cannot be killed in-process, but its
// result is discarded). One JSON log line per invocation. An invocation that finds another one running goes to a
// function thread (threads.ts), so a busy server uses its second core.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import type { Invocation } from '../api/types'
import { CloudError } from '../engine/errors'
import type { LocalClock } from '../clock'
import { FunctionThreads } from './threads'

export interface FunctionConfig {
  timeout?: number
  triggers?: { name: string; type: string; config: string }[]
  permissions?: { openapi?: string[] }
}

export interface LoadedFunction {
  name: string
  dir: string
  config: FunctionConfig
}

export type LogSink = (line: Record<string, unknown>) => void

export const LOCAL_ENV_ID = 'local'
export const LOCAL_APPID = 'wx-local-appid'

export class FunctionRunner {
  private running = new Map<string, Invocation>()
  private modules = new Map<string, { main: (event: unknown, context: unknown) => unknown }>()
  private described = new Map<string, LoadedFunction>()

  private threads?: FunctionThreads

  /** `threads`: how many function threads (0: run the functions on this event loop) */
  constructor(private functionsDir: string, private log: LogSink, private clock?: LocalClock, threads = 0) {
    if (threads > 0) this.threads = new FunctionThreads(threads)
  }

  close(): Promise<void> {
    return this.threads?.close() ?? Promise.resolve()
  }

  list(): LoadedFunction[] {
    if (!fs.existsSync(this.functionsDir)) return []
    return fs.readdirSync(this.functionsDir)
      .filter((n) => fs.existsSync(path.join(this.functionsDir, n, 'index.js')))
      .map((name) => this.describe(name)!)
  }

  /**
   * A built function, or undefined. Found ones are kept, like their modules (load): the config is read once, not on
   * every call (the gateway asks twice per call); a function built later is found when first asked for.
   */
  describe(name: string): LoadedFunction | undefined {
    const known = this.described.get(name)
    if (known) return known
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(name)) return undefined
    const dir = path.join(this.functionsDir, name)
    if (!fs.existsSync(path.join(dir, 'index.js'))) return undefined
    const cfgFile = path.join(dir, 'config.json')
    const config = fs.existsSync(cfgFile) ? JSON.parse(fs.readFileSync(cfgFile, 'utf8')) : {}
    const fn = { name, dir, config }
    this.described.set(name, fn)
    return fn
  }

  invocationOf(seqId: string | undefined): Invocation | undefined {
    if (!seqId) return undefined
    // the SDK builds seqId as `${context.eventID}-${its own event id}`; our eventID is the invocation's request id
    const requestId = seqId.split('-')[0]
    return this.running.get(requestId)
  }

  async invoke(name: string, event: unknown, environment: Record<string, string>, trigger = 'call'): Promise<unknown> {
    const fn = this.describe(name)
    if (!fn) throw new CloudError('FUNCTIONS_NOT_EXIST', `云函数不存在: ${name}`)
    const requestId = crypto.randomBytes(8).toString('hex')
    const timeoutMs = Math.min(Math.max(Number(fn.config.timeout ?? 20), 1), 900) * 1000
    const env = { ...environment, TCB_ENV: LOCAL_ENV_ID, SCF_NAMESPACE: LOCAL_ENV_ID, WX_APPID: environment.WX_APPID ?? LOCAL_APPID }
    const context = {
      request_id: requestId,
      eventID: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: LOCAL_ENV_ID,
      memory_limit_in_mb: 256,
      time_limit_in_ms: timeoutMs,
      environment: JSON.stringify(env),
      // the local clock (core/runtime/clock.ts honours it only inside the local CloudBase)
      localClockOffsetMs: this.clock?.offsetMs ?? 0
    }
    const invocation: Invocation = { requestId, functionName: name, environment: env }
    this.running.set(requestId, invocation)
    const started = process.hrtime.bigint()
    let outcome = 'ok'
    let timer: NodeJS.Timeout | undefined
    try {
      // Alone, an invocation runs here (no thread hop on each of its SDK round trips); while others run, it goes to
      // a function thread, so this event loop is left to answering them (local/runner/threads.ts)
      const run = this.threads && this.inLoop > 0
        ? this.threads.run(name, path.join(fn.dir, 'index.js'), event, context)
        : this.runHere(fn, event, context)
      const result = await Promise.race([
        run,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new CloudError('FUNCTIONS_TIME_LIMIT_EXCEEDED', `云函数执行超时 (${timeoutMs / 1000}s)`)), timeoutMs)
        })
      ])
      if (result && typeof result === 'object' && (result as any).ok === false) outcome = `error:${(result as any).error?.code ?? 'unknown'}`
      return result
    } catch (e) {
      outcome = e instanceof CloudError ? `error:${e.code}` : 'crash'
      if (e instanceof CloudError) throw e
      throw new CloudError('FUNCTIONS_EXECUTE_FAIL', `云函数执行出错: ${(e as Error)?.message ?? e}`)
    } finally {
      if (timer) clearTimeout(timer)
      this.running.delete(requestId)
      this.log({
        t: new Date().toISOString(),
        requestId,
        function: name,
        action: actionOf(event),
        trigger,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        outcome
      })
    }
  }

  private inLoop = 0

  private async runHere(fn: LoadedFunction, event: unknown, context: unknown): Promise<unknown> {
    this.inLoop++
    try {
      return await this.load(fn).main(event, context)
    } finally {
      this.inLoop--
    }
  }

  private load(fn: LoadedFunction) {
    let mod = this.modules.get(fn.name)
    if (!mod) {
      const file = require.resolve(path.join(fn.dir, 'index.js'))
      mod = require(file)
      if (typeof mod?.main !== 'function') throw new CloudError('FUNCTIONS_EXECUTE_FAIL', `云函数 ${fn.name} 没有导出 main`)
      this.modules.set(fn.name, mod)
    }
    return mod
  }
}

function actionOf(event: any): string | undefined {
  if (event && typeof event === 'object') {
    if (typeof event.action === 'string') return event.action
    if (typeof event.body === 'string') {
      try { return JSON.parse(event.body).action } catch { return undefined }
    }
    if (event.Type === 'Timer') return `timer:${event.TriggerName}`
  }
  return undefined
}
