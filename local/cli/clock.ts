// npm run clock -- [+7d | -3h | 2027-03-02T09:00+08:00 | reset] [--no-timers]: show or move the local clock of the
// running local CloudBase (npm start). Moving it forward runs every timer that fell due meanwhile, once each, in
// order, before it answers (local/clock.ts, local/timers/scheduler.ts). No argument: show the clock.
import { dataDir, runningServer } from './paths'
import { loadKeys } from '../security/keys'
import { LOCAL_KEY_HEADER } from '../http/guard'

async function main() {
  const args = process.argv.slice(2)
  const runTimers = !args.includes('--no-timers')
  const arg = args.find((a) => a !== '--no-timers')
  const server = runningServer()
  const url = server?.url ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`
  let body: Record<string, unknown> | undefined
  if (arg === 'reset') body = { reset: true, runTimers }
  else if (arg && /^[+-]?(\d+(\.\d+)?[smhdw])+$/.test(arg)) body = { advanceBy: arg, runTimers }
  else if (arg) body = { set: arg, runTimers }
  let res: Response
  try {
    res = await fetch(`${url}/api/_local/clock`, body
      ? { method: 'POST', headers: { 'content-type': 'application/json', [LOCAL_KEY_HEADER]: loadKeys(dataDir()).secretKey }, body: JSON.stringify(body) }
      : { method: 'GET' })
  } catch {
    throw new Error(`连不上本地 CloudBase (${url})：先运行 npm start`)
  }
  const r: any = await res.json()
  if (!r.ok) throw new Error(r.error?.message ?? '操作失败')
  console.log(`本地时钟: ${shanghai(r.data.now)}（上海时间），${r.data.offsetMs === 0 ? '与真实时间一致' : `偏移 ${r.data.offset}`}`)
  for (const run of r.data.ran ?? []) {
    const outcome = run.result?.ok === false ? `失败 ${run.result.error?.code}` : '完成'
    console.log(`  定时任务 ${run.fn}（${shanghai(run.dueAt)} 那次）${run.runs > 1 ? ` 分 ${run.runs} 批` : ''}: ${outcome}`)
  }
}

/** '2026-12-02T17:46:00Z' -> '2026-12-03 01:46' (Shanghai, UTC+8 without DST) */
function shanghai(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

main().catch((e) => { console.error(e.message); process.exit(1) })
