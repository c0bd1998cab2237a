// Signing a raw CloudBase API request as @cloudbase/node-sdk does (its own signer, @cloudbase/signature-nodejs), for
// tests that speak POST /admin without the SDK. Keys default to the ones startLocalCloud put in this process's env.
import { sign } from '@cloudbase/signature-nodejs'

export interface SignOptions { secretId?: string; secretKey?: string; timestamp?: number }

/** Headers for POST <url> carrying `params` (the JSON body), signed the way the SDK signs them. */
export function signedHeaders(url: string, params: unknown, o: SignOptions = {}): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', host: new URL(url).host }
  const { authorization, timestamp } = sign({
    secretId: o.secretId ?? process.env.TENCENTCLOUD_SECRETID ?? '',
    secretKey: o.secretKey ?? process.env.TENCENTCLOUD_SECRETKEY ?? '',
    method: 'post',
    url,
    params: params && typeof params === 'object' ? params : {},
    headers,
    withSignedParams: true,
    timestamp: o.timestamp ?? Math.floor(Date.now() / 1000) - 1
  })
  return { ...headers, authorization, 'x-timestamp': String(timestamp), 'x-signature-expires': '600' }
}
