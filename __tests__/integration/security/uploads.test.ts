// Mini-program uploads, registered to their uploader. In production a photo goes straight to storage with
// wx.cloud.uploadFile (here: the real SDK's uploadFile, which speaks the same storage API), leaving no `files`
// record; so the caller first asks for a path (user.uploadPath / cleaner.uploadPath), uploads there, and registers
// the upload (registerUpload), which checks that the path was issued to the caller and that the bytes are an image.
// Only then may an action claim the photo.
import fs from 'node:fs'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, uploadPhoto } from '../../helpers/api'
import { boundCleaner, getDoc, seedOrder } from '../../helpers/desk'
import { complaintInput, householdWithOrder, type ComplainingHousehold } from '../../helpers/complaints'
import { PENDING_UPLOADS_MAX } from '../../../cloudfunctions/core/rules/uploads'

jest.setTimeout(120_000)

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])

let t: TestCloud
let a: ComplainingHousehold
let b: ComplainingHousehold
beforeAll(async () => {
  t = await startTestCloud()
  a = await householdWithOrder(t)
  b = await householdWithOrder(t)
})
afterAll(async () => { await t?.close() })

/** What the mini-program does: ask for a path, upload to it through the SDK; answers the fileID (not yet registered). */
async function uploadViaSdk(fn: 'user' | 'cleaner', token: string, body = PNG, ext = '.png'): Promise<string> {
  const { cloudPath, expiresAt } = await okFn(t, fn, 'uploadPath', {}, token)
  expect(cloudPath).toMatch(/^uploads\/[0-9a-f]{32}$/)
  expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now())
  const { fileID } = await t.app.uploadFile({ cloudPath: `${cloudPath}${ext}`, fileContent: body })
  return fileID
}

test('a household registers its own upload, which complaint.create then accepts', async () => {
  const fileID = await uploadViaSdk('user', a.token)
  // before registering, the photo is nobody's: claimPhotos refuses it
  const early = await callFn(t, 'complaint', 'create', complaintInput(a, { photos: [fileID] }), a.token)
  expect(early.error.code).toBe('PERMISSION_DENIED')
  expect(await okFn(t, 'user', 'registerUpload', { fileID }, a.token)).toEqual({ fileID })
  const [rec] = (await t.db.collection('files').where({ fileID }).get()).data
  expect(rec).toMatchObject({ owner: a.openid, attachedTo: null, pending: false, type: 'image/png', size: PNG.length })
  // a retry answers the same, and the record stays one
  expect(await okFn(t, 'user', 'registerUpload', { fileID }, a.token)).toEqual({ fileID })
  const input = complaintInput(a, { photos: [fileID] })
  const view = await okFn(t, 'complaint', 'create', input, a.token)
  expect(view.photos.map((p: any) => p.fileID)).toEqual([fileID])
  expect((await t.db.collection('files').where({ fileID }).get()).data[0].attachedTo).toBe(`complaint-request:${input.requestKey}`)
})

test("someone else's path is refused as unknown, and her upload stays hers to register", async () => {
  const fileID = await uploadViaSdk('user', a.token)
  const stolen = await callFn(t, 'user', 'registerUpload', { fileID }, b.token)
  expect(stolen.error).toEqual({ code: 'NOT_FOUND', message: '上传路径不存在或已过期，请重新上传' })
  const [rec] = (await t.db.collection('files').where({ _id: fileID.match(/([0-9a-f]{32})/)![1] }).get()).data
  expect(rec).toMatchObject({ owner: a.openid, pending: true })
  await okFn(t, 'user', 'registerUpload', { fileID }, a.token)
  // registered: another caller now gets CONFLICT, and still cannot claim it
  expect((await callFn(t, 'user', 'registerUpload', { fileID }, b.token)).error.code).toBe('CONFLICT')
  expect((await callFn(t, 'complaint', 'create', complaintInput(b, { photos: [fileID] }), b.token)).error.code).toBe('PERMISSION_DENIED')
})

test('a path never issued, outside uploads/, or an H5 upload of someone else is refused', async () => {
  const { fileID: free } = await t.app.uploadFile({ cloudPath: 'uploads/0123456789abcdef0123456789abcdef.png', fileContent: PNG })
  expect((await callFn(t, 'user', 'registerUpload', { fileID: free }, a.token)).error.code).toBe('NOT_FOUND')
  const { fileID: elsewhere } = await t.app.uploadFile({ cloudPath: 'complaints/x.png', fileContent: PNG })
  expect((await callFn(t, 'user', 'registerUpload', { fileID: elsewhere }, a.token)).error.code).toBe('INVALID_ARGUMENT')
  const h5 = await uploadPhoto(t, a.token)
  expect((await callFn(t, 'user', 'registerUpload', { fileID: h5 }, b.token)).error.code).toBe('CONFLICT')
  expect(await okFn(t, 'user', 'registerUpload', { fileID: h5 }, a.token)).toEqual({ fileID: h5 })
})

test('content that is not an image (or not what its name says) is refused and deleted', async () => {
  // production storage takes any bytes; the local one refuses them at upload, so they are put there directly
  const { cloudPath } = await okFn(t, 'user', 'uploadPath', {}, a.token)
  const html = path.join(t.dataDir, 'files', `${cloudPath}.gif`)
  fs.mkdirSync(path.dirname(html), { recursive: true })
  fs.writeFileSync(html, '<html><script>alert(1)</script></html>')
  const fileID = `cloud://local.local-bucket/${cloudPath}.gif`
  const r = await callFn(t, 'user', 'registerUpload', { fileID }, a.token)
  expect(r.error).toEqual({ code: 'INVALID_ARGUMENT', message: '只支持 jpg、png、webp、gif 图片' })
  expect(fs.existsSync(html)).toBe(false)
  expect((await t.db.collection('files').where({ fileID }).get()).data).toEqual([])
  // a JPEG under a .png name
  const mismatch = await uploadViaSdk('user', a.token, JPEG, '.jpg')
  const renamed = mismatch.replace(/\.jpg$/, '.png')
  fs.renameSync(path.join(t.dataDir, 'files', mismatch.split('/').slice(3).join('/')), path.join(t.dataDir, 'files', renamed.split('/').slice(3).join('/')))
  expect((await callFn(t, 'user', 'registerUpload', { fileID: renamed }, a.token)).error.code).toBe('INVALID_ARGUMENT')
  // an issued path with nothing uploaded
  const { cloudPath: empty } = await okFn(t, 'user', 'uploadPath', {}, a.token)
  const missing = await callFn(t, 'user', 'registerUpload', { fileID: `cloud://local.local-bucket/${empty}.jpg` }, a.token)
  expect(missing.error).toEqual({ code: 'INVALID_ARGUMENT', message: '照片没有上传成功，请重新上传' })
})

test('an issued path expires after an hour, and one caller holds at most so many open paths', async () => {
  const h = await householdWithOrder(t)
  const fileID = await uploadViaSdk('user', h.token)
  await t.db.collection('files').doc(fileID.match(/([0-9a-f]{32})/)![1]).update({ createdAt: new Date(Date.now() - 61 * 60_000) })
  expect((await callFn(t, 'user', 'registerUpload', { fileID }, h.token)).error.code).toBe('NOT_FOUND')
  for (let i = 0; i < PENDING_UPLOADS_MAX; i++) await okFn(t, 'user', 'uploadPath', {}, h.token)
  const over = await callFn(t, 'user', 'uploadPath', {}, h.token)
  expect(over.error).toEqual({ code: 'CONFLICT', message: '待上传的照片太多，请先完成已选照片的上传' })
})

test('a cleaner registers her job photo, checks in with it; another cleaner cannot register it', async () => {
  const owner = await boundCleaner(t)
  const other = await boundCleaner(t)
  const job = await seedOrder(t, { customerId: a.customerId, cleanerId: owner.cleaner._id, status: 'dispatched', start: new Date(Date.now() + 30 * 60_000) })
  const fileID = await uploadViaSdk('cleaner', owner.token, JPEG, '.jpg')
  expect((await callFn(t, 'cleaner', 'registerUpload', { fileID }, other.token)).error.code).toBe('NOT_FOUND')
  // a household may not register a cleaner's path either, and an unbound WeChat user gets no path from cleaner
  expect((await callFn(t, 'user', 'registerUpload', { fileID }, a.token)).error.code).toBe('NOT_FOUND')
  expect((await callFn(t, 'cleaner', 'uploadPath', {}, a.token)).error.code).toBe('PERMISSION_DENIED')
  await okFn(t, 'cleaner', 'registerUpload', { fileID }, owner.token)
  await okFn(t, 'cleaner', 'checkIn', { orderId: job._id, photos: [fileID] }, owner.token)
  expect((await getDoc(t, 'orders', job._id)).photos.before).toEqual([fileID])
  expect((await t.db.collection('files').where({ fileID }).get()).data[0].attachedTo).toBe(`order:${job._id}:before`)
})
