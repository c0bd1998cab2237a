// Function threads: the built functions run in worker threads (node:worker_threads) instead of on the event loop
// that serves HTTP and writes the database, so a 2-core machine spends one core on the functions (their logic, and
// their SDK's request building, signing and parsing) and the other on answering them. One thread by default
// (LOCAL_FUNCTION_THREADS, 0 = run in-process); each thread holds its own copy of every function's module state,
// like separate CloudBase function instances. Each thread gets this thread's process.env (the SDK's environment,
// the keys), sent again whenever it changed: under jest a test file's process.env is its own copy, not the process's.
import path from 'node:path'
import { Worker } from 'node:worker_threads'

interface Pending { resolve: (v: unknown) => void; reject: (e: Error) => void }

export class FunctionThreads {
  private workers: { worker: Worker; inFlight: number; env: string }[] = []
  private pending = new Map<number, Pending>()
  private seq = 0
  private closed = false

  constructor(private readonly size: number) {}

  /** Run main(event, context) of the bundle `file` in the least busy thread. */
  run(name: string, file: string, event: unknown, context: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('function threads are closed'))
    const slot = this.pick()
    const id = ++this.seq
    slot.inFlight++
    const env = JSON.stringify(process.env)
    const envChanged = env !== slot.env
    slot.env = env
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (v) => { slot.inFlight--; resolve(v) },
        reject: (e) => { slot.inFlight--; reject(e) }
      })
      slot.worker.postMessage({ id, name, file, event, context, env: envChanged ? env : undefined })
    })
  }

  async close(): Promise<void> {
    this.closed = true
    const all = this.workers.splice(0)
    for (const p of this.pending.values()) p.reject(new Error('function threads are closed'))
    this.pending.clear()
    await Promise.all(all.map((w) => w.worker.terminate()))
  }

  private pick() {
    if (this.workers.length < this.size) {
      const worker = new Worker(path.join(__dirname, 'function-worker.js'))
      worker.unref()
      worker.on('message', (m: { id: number; result?: unknown; error?: string; noMain?: boolean }) => {
        const p = this.pending.get(m.id)
        if (!p) return
        this.pending.delete(m.id)
        if (m.error !== undefined) p.reject(Object.assign(new Error(m.error), { noMain: m.noMain }))
        else p.resolve(m.result)
      })
      const slot = { worker, inFlight: 0, env: '' }
      this.workers.push(slot)
      return slot
    }
    return this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a))
  }
}
