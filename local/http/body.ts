// Reading request bodies with a size cap: an oversized body is drained and reported, never buffered whole.
import type { IncomingMessage, ServerResponse } from 'node:http'

export class TooLarge extends Error {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) over = true
      if (!over) chunks.push(c)
    })
    req.on('end', () => (over ? reject(new TooLarge(`请求体超过 ${limit} 字节`)) : resolve(Buffer.concat(chunks))))
    req.on('error', reject)
  })
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}
