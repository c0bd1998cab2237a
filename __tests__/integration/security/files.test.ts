// Files belong to their uploader: an upload gets a random path (no openid in any file id) and a `files` record of
// its owner; an action that takes file ids accepts only the caller's own, not yet attached elsewhere (one conditional
// update: two actions cannot both take a file). Uploads are typed by their bytes, and served with nosniff, so a GIF
// with HTML inside is never rendered as HTML.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, uploadPhoto } from '../../helpers/api'
import { boundCleaner, seedOrder, snapshot, getDoc } from '../../helpers/desk'
import { complaintInput, householdWithOrder, type ComplainingHousehold } from '../../helpers/complaints'

jest.setTimeout(120_000)

let t: TestCloud
let a: ComplainingHousehold
let b: ComplainingHousehold
beforeAll(async () => {
  t = await startTestCloud()
  a = await householdWithOrder(t)
  b = await householdWithOrder(t)
})
afterAll(async () => { await t?.close() })

const WRITTEN = ['complaints', 'orders', 'files', 'customers']
const H = 3600_000

async function upload(token: string, body: Buffer, name: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${t.url}/api/_local/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(body)
  })
  return { status: res.status, body: await res.json() }
}

test('an upload has a random path and a files record of its owner; no openid reaches the client', async () => {
  const r = await upload(a.token, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'x.png')
  expect(r.status).toBe(200)
  const { fileID, url } = r.body.data
  expect(fileID).toMatch(/^cloud:\/\/local\.local-bucket\/uploads\/[0-9a-f]{32}\.jpg$/) // the bytes say jpeg, not the name
  expect(`${fileID} ${url}`).not.toContain(a.openid)
  const [rec] = (await t.db.collection('files').where({ fileID }).get()).data
  expect(rec).toMatchObject({ owner: a.openid, attachedTo: null, type: 'image/jpeg' })
})

test("another household's photo is refused on a complaint (PERMISSION_DENIED), and nothing is written", async () => {
  const mine = await uploadPhoto(t, a.token)
  const before = await snapshot(t, WRITTEN)
  const r = await callFn(t, 'complaint', 'create', complaintInput(b, { photos: [mine] }), b.token)
  expect(r.error?.code).toBe('PERMISSION_DENIED')
  expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
  expect(await snapshot(t, WRITTEN)).toBe(before)
  // on a reply to its own complaint too
  const own = await okFn(t, 'complaint', 'create', complaintInput(b), b.token)
  const mid = await snapshot(t, WRITTEN)
  const reply = await callFn(t, 'complaint', 'reply', { complaintId: own.id, text: '补充照片', photos: [mine] }, b.token)
  expect(reply.error?.code).toBe('PERMISSION_DENIED')
  expect(await snapshot(t, WRITTEN)).toBe(mid)
})

test('a photo attached to one complaint cannot be attached to another, even by its owner; two at once: exactly one', async () => {
  const photo = await uploadPhoto(t, a.token)
  const first = await okFn(t, 'complaint', 'create', complaintInput(a, { photos: [photo] }), a.token)
  expect(first.id).toBeTruthy()
  const { requestKey } = await getDoc(t, 'complaints', first.id)
  expect((await t.db.collection('files').where({ fileID: photo }).get()).data[0].attachedTo).toBe(`complaint-request:${requestKey}`)
  const again = await callFn(t, 'complaint', 'create', complaintInput(a, { photos: [photo] }), a.token)
  expect(again.error?.code).toBe('PERMISSION_DENIED')

  const contested = await uploadPhoto(t, a.token)
  const racers = await Promise.all([1, 2, 3].map(() => callFn(t, 'complaint', 'create', complaintInput(a, { photos: [contested] }), a.token)))
  expect(racers.filter((r) => r.ok).length).toBe(1)
  expect(racers.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['PERMISSION_DENIED', 'PERMISSION_DENIED'])
  const holding = (await t.db.collection('complaints').limit(1000).get()).data.filter((c: any) => JSON.stringify(c).includes(contested))
  expect(holding.length).toBe(1)
})

test("a cleaner cannot use a household's complaint photo as her check-in photo; her own works", async () => {
  const me = await boundCleaner(t, { name: '王芳' })
  const order = await seedOrder(t, { start: new Date(Date.now() - H / 2), end: new Date(Date.now() + 3 * H), status: 'dispatched', cleanerId: me.cleaner._id })
  const householdPhoto = await uploadPhoto(t, a.token)
  await okFn(t, 'complaint', 'create', complaintInput(a, { photos: [householdPhoto] }), a.token)
  const before = await snapshot(t, WRITTEN)
  const r = await callFn(t, 'cleaner', 'checkIn', { orderId: order._id, photos: [householdPhoto] }, me.token)
  expect(r.error?.code).toBe('PERMISSION_DENIED')
  expect(await snapshot(t, WRITTEN)).toBe(before)
  const unattached = await uploadPhoto(t, b.token)
  expect((await callFn(t, 'cleaner', 'checkIn', { orderId: order._id, photos: [unattached] }, me.token)).error?.code).toBe('PERMISSION_DENIED')
  const own = await uploadPhoto(t, me.token)
  const ok = await okFn(t, 'cleaner', 'checkIn', { orderId: order._id, photos: [own] }, me.token)
  expect(ok.photos.before).toEqual([{ fileID: own, url: expect.stringContaining('/_storage/files/') }])
  expect((await t.db.collection('files').where({ fileID: own }).get()).data[0].attachedTo).toBe(`order:${order._id}:before`)
})

test('uploads are typed by their bytes: text named .jpg is refused; a GIF with HTML inside is served as a GIF, nosniff', async () => {
  const html = Buffer.from('<html><script>alert(document.cookie)</script></html>')
  const refused = await upload(a.token, html, 'evil.jpg')
  expect(refused.status).toBe(400)
  expect(refused.body.error.code).toBe('INVALID_ARGUMENT')

  const polyglot = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from('<html><body><script>alert(1)</script></body></html>')])
  const up = await upload(a.token, polyglot, 'page.html')
  expect(up.status).toBe(200)
  expect(up.body.data.fileID).toMatch(/\.gif$/)
  const res = await fetch(up.body.data.url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/gif')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('content-security-policy')).toMatch(/sandbox/)
  expect(res.headers.get('content-type')).not.toMatch(/html/)
})

test('the SDK storage path refuses content that is not what its name says', async () => {
  const html = Buffer.from('<html><script>alert(1)</script></html>')
  await expect(t.app.uploadFile({ cloudPath: 'jobs/x/evil.gif', fileContent: html })).rejects.toBeTruthy()
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
  await expect(t.app.uploadFile({ cloudPath: 'jobs/x/fake.jpg', fileContent: png })).rejects.toBeTruthy()
})
