// Static hosting of the H5 build at /, with index.html for unknown paths (the H5 app uses a hash router).
import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.webp': 'image/webp', '.gif': 'image/gif', '.woff2': 'font/woff2', '.map': 'application/json'
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string | undefined): void {
  const send = (status: number, type: string, body: Buffer | string, cache = 'no-cache') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': cache })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
    return send(200, TYPES['.html'], '<!doctype html><meta charset="utf-8"><title>本地 CloudBase</title><p>本地 CloudBase 正在运行。H5 页面尚未构建：运行 <code>npm run build:h5</code> 后刷新。</p>')
  }
  const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname)
  const file = path.normalize(path.join(root, rel))
  if (!file.startsWith(path.normalize(root))) return send(403, 'text/plain', 'forbidden')
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    const hashed = /\.[0-9a-f]{8,}\./.test(path.basename(file))
    return send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
  }
  send(200, TYPES['.html'], fs.readFileSync(path.join(root, 'index.html')))
}
