// Static hosting of the H5 build at /, with index.html for unknown paths (the H5 app uses a hash router). Every page
// carries a Content-Security-Policy (scripts only from here, plus the build's own inline scripts by their hash),
// frame protection (X-Frame-Options: DENY; the admin pages live in the same build) and a Referrer-Policy.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.webp': 'image/webp', '.gif': 'image/gif', '.woff2': 'font/woff2', '.map': 'application/json'
}

/** 'sha256-...' sources for the inline <script> blocks of a page (Taro's H5 template has one, for rem sizing). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = []
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(m[1] ?? '') || !m[2]) continue
    out.push(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`)
  }
  return out
}

/** The headers of an HTML page. Styles may be inline (Taro's components set style attributes); scripts may not. */
export function pageHeaders(html: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Taro's H5 uploadFile reads the chosen photo back from its blob: URL
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'"
  ].join('; ')
  return {
    'content-security-policy': csp,
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff'
  }
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string | undefined): void {
  const send = (status: number, type: string, body: Buffer | string, cache = 'no-cache') => {
    const page = type === TYPES['.html'] ? pageHeaders(body.toString()) : { 'x-content-type-options': 'nosniff' }
    res.writeHead(status, { 'content-type': type, 'cache-control': cache, ...page })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
    return send(200, TYPES['.html'], '<!doctype html><meta charset="utf-8"><title>本地 CloudBase</title><p>本地 CloudBase 正在运行。H5 页面尚未构建：运行 <code>npm run build:h5</code> 后刷新。</p>')
  }
  let rel: string
  try {
    rel = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname)
  } catch {
    return send(400, 'text/plain; charset=utf-8', 'bad path')
  }
  const base = path.normalize(root)
  const file = path.normalize(path.join(base, rel))
  if (file !== base && !file.startsWith(base.endsWith(path.sep) ? base : base + path.sep)) return send(403, 'text/plain; charset=utf-8', 'forbidden')
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    const hashed = /\.[0-9a-f]{8,}\./.test(path.basename(file))
    return send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
  }
  send(200, TYPES['.html'], fs.readFileSync(path.join(root, 'index.html')))
}
