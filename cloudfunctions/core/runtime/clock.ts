// The invocation's clock. In production this is the real clock and nothing a caller sends can move it. Inside the
// local CloudBase (whose process sets JZ_LOCAL_CLOUD=1, and whose runner puts the local clock's offset on the
// context it builds) it follows the local clock, so demos and tests can move time (local/clock.ts).
export const LOCAL_CLOUD_ENV = 'JZ_LOCAL_CLOUD'

export function invocationNow(context: unknown, wall: () => number = Date.now): Date {
  if (process.env[LOCAL_CLOUD_ENV] === '1' && context && typeof context === 'object') {
    const offset = (context as { localClockOffsetMs?: unknown }).localClockOffsetMs
    if (typeof offset === 'number' && Number.isFinite(offset)) return new Date(wall() + offset)
  }
  return new Date(wall())
}
