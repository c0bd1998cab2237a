// What a function receives, normalised. Three shapes reach a function:
//   a direct call (wx.cloud.callFunction / app.callFunction): the event is {action, ...input}
//   CloudBase HTTP access (the H5 build and scripts, via /api/<fn>): {httpMethod, headers, body: '<json>'}
//   a timer trigger: {Type: 'Timer', TriggerName}
export interface CallEvent {
  kind: 'call' | 'http' | 'timer'
  action?: string
  input: Record<string, unknown>
  /** the Bearer token of an HTTP call (staff sessions); never trusted for a household's identity */
  token?: string
  trigger?: string
  /** the client address the HTTP access service saw (its X-Forwarded-For / X-Real-IP); WX_CLIENTIP wins when set */
  clientIp?: string
}

export function normalizeEvent(event: unknown): CallEvent | undefined {
  if (!event || typeof event !== 'object') return undefined
  const e = event as Record<string, any>
  if (e.Type === 'Timer') return { kind: 'timer', input: {}, trigger: String(e.TriggerName ?? '') }
  if (typeof e.httpMethod === 'string' && 'body' in e) {
    let body: unknown
    try {
      const text = e.isBase64Encoded ? Buffer.from(String(e.body ?? ''), 'base64').toString('utf8') : String(e.body ?? '')
      body = JSON.parse(text || '{}')
    } catch {
      return undefined
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined
    const { action, ...input } = body as Record<string, unknown>
    const auth = headerValue(e.headers, 'authorization')
    const m = /^Bearer\s+(\S+)$/i.exec(auth ?? '')
    // the access service appends the address it saw: the last entry is the one no client wrote
    const forwarded = (headerValue(e.headers, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean).pop()
    const clientIp = forwarded ?? headerValue(e.headers, 'x-real-ip')
    return { kind: 'http', action: typeof action === 'string' ? action : undefined, input, token: m?.[1], ...(clientIp ? { clientIp } : {}) }
  }
  // userInfo is added by WeChat to direct calls; it is not input
  const { action, userInfo, token, ...input } = e
  return { kind: 'call', action: typeof action === 'string' ? action : undefined, input, token: typeof token === 'string' ? token : undefined }
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  for (const [k, v] of Object.entries(headers as Record<string, unknown>)) if (k.toLowerCase() === name) return String(v)
  return undefined
}
