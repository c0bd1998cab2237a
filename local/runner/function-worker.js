// A function thread (local/runner/threads.ts): loads built cloud functions (plain JS bundles from build/functions)
// and runs main(event, context) for the invocations the runner sends, many at once, as one CloudBase function
// instance serves several. Plain JavaScript, loaded by node:worker_threads as it is (no transform needed).
'use strict'
const { parentPort } = require('node:worker_threads')

const modules = new Map()

parentPort.on('message', async (m) => {
  if (m.env !== undefined) replaceEnv(JSON.parse(m.env))
  try {
    let mod = modules.get(m.file)
    if (!mod) {
      mod = require(m.file)
      if (typeof (mod && mod.main) !== 'function') throw Object.assign(new Error(`云函数 ${m.name} 没有导出 main`), { noMain: true })
      modules.set(m.file, mod)
    }
    const result = await mod.main(m.event, m.context)
    parentPort.postMessage({ id: m.id, result })
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String((e && e.message) || e), noMain: Boolean(e && e.noMain) })
  }
})

/** The runner's process.env as it is now (keys added, changed or removed since the last invocation). */
function replaceEnv(env) {
  for (const k of Object.keys(process.env)) if (!(k in env)) delete process.env[k]
  Object.assign(process.env, env)
}
