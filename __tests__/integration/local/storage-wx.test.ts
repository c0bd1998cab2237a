// Storage and WeChat open APIs through the SDK: upload a PNG, get a temporary URL, fetch the same bytes, download,
// delete; non-images are refused. Subscription messages: without an acceptance (quota) WeChat answers 43101; one
// acceptance allows exactly one message, which the local message centre then shows.
import { startTestCloud, rejection, type TestCloud } from './support'
import { keyHeader } from '../../helpers/api'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

let t: TestCloud
let app: any

// a real 1x1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

beforeAll(async () => {
  t = await startTestCloud()
  app = t.app
})
afterAll(async () => { await t?.close() })

describe('storage', () => {
  test('upload a PNG, get a temporary URL, fetch the same bytes, download, delete', async () => {
    const cloudPath = 'photos/order-1/before.png'
    const { fileID } = await app.uploadFile({ cloudPath, fileContent: PNG })
    expect(fileID).toMatch(/^cloud:\/\/.+\/photos\/order-1\/before\.png$/)

    const urls = await app.getTempFileURL({ fileList: [fileID] })
    expect(urls.fileList).toHaveLength(1)
    const [info] = urls.fileList
    expect(info).toMatchObject({ fileID, code: 'SUCCESS', tempFileURL: expect.stringMatching(/^http/) })
    const res = await fetch(info.tempFileURL)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true)

    const downloaded = await app.downloadFile({ fileID })
    expect(Buffer.isBuffer(downloaded.fileContent)).toBe(true)
    expect(downloaded.fileContent.equals(PNG)).toBe(true)

    const del = await app.deleteFile({ fileList: [fileID] })
    expect(del.fileList).toEqual([{ fileID, code: 'SUCCESS' }])
    expect((await app.getTempFileURL({ fileList: [fileID] })).fileList[0]).toMatchObject({ fileID, code: 'STORAGE_FILE_NONEXIST' })
    expect((await fetch(info.tempFileURL)).status).toBe(404)
    expect((await app.deleteFile({ fileList: [fileID] })).fileList).toEqual([{ fileID, code: 'STORAGE_FILE_NONEXIST' }])
  })

  test('a temporary URL with a forged signature is refused', async () => {
    const { fileID } = await app.uploadFile({ cloudPath: 'photos/sig.png', fileContent: PNG })
    const [{ tempFileURL }] = (await app.getTempFileURL({ fileList: [fileID] })).fileList
    const forged = tempFileURL.replace(/sign=(\d+)\.([0-9a-f])/, (_m: string, exp: string, c: string) => `sign=${exp}.${c === '0' ? '1' : '0'}`)
    expect(forged).not.toBe(tempFileURL)
    expect((await fetch(forged)).status).toBe(403)
    expect((await fetch(tempFileURL.replace(/\?.*$/, ''))).status).toBe(403)
  })

  test('a non-image is refused: by its name, and by its content', async () => {
    const byName = await rejection(app.uploadFile({ cloudPath: 'docs/readme.txt', fileContent: Buffer.from('hello') }))
    expect(byName.code).toBe('INVALID_PARAM')
    const byContent = await rejection(app.uploadFile({ cloudPath: 'photos/fake.png', fileContent: Buffer.from('<html>not a png</html>') }))
    expect(byContent.code).toBe('STORAGE_REQUEST_FAIL')
    expect(byContent.message).toMatch(/InvalidRequest/)
    // nothing was stored under that name
    const [info] = (await app.getTempFileURL({ fileList: ['cloud://local.local-bucket/photos/fake.png'] })).fileList
    expect(info.code).toBe('STORAGE_FILE_NONEXIST')
  })

  test('a path that tries to leave the bucket is refused', async () => {
    expect((await rejection(app.uploadFile({ cloudPath: '../outside.png', fileContent: PNG }))).code).toBe('INVALID_PARAM')
    expect((await rejection(app.uploadFile({ cloudPath: 'a/../../outside.png', fileContent: PNG }))).code).toBe('INVALID_PARAM')
  })
})

describe('wx open API: subscription messages', () => {
  const templateId = 'TPL_ORDER_CONFIRMED'
  const send = (touser: string) => app.callWxOpenApi({
    apiName: 'cgi-bin/message/subscribe/send',
    requestData: { touser, templateId, page: 'pages/order/detail?id=o1', data: { thing1: { value: '日常保洁' }, time2: { value: '2024-05-01 09:00' } } }
  })

  async function local(route: string, token?: string, body: unknown = {}): Promise<any> {
    const res = await fetch(`${t.url}/api/_local/${route}`, {
      method: 'POST',
      // the test holds the keys, so a sign-in's answer names the openid
      headers: { 'content-type': 'application/json', ...keyHeader(t), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body)
    })
    return { status: res.status, body: await res.json() }
  }

  test('43101 without an acceptance; one acceptance allows exactly one message; it shows in the message centre', async () => {
    const login = await local('login', undefined, { role: 'household' })
    expect(login.status).toBe(200)
    const { token, openid } = login.body.data
    expect(openid).toEqual(expect.any(String))

    const refused = await send(openid)
    expect(refused.result).toMatchObject({ errcode: 43101 })

    const accepted = await local('subscribe', token, { templateIds: [templateId] })
    expect(accepted.status).toBe(200)
    expect(accepted.body.data.quota).toEqual({ [templateId]: 1 })

    const sent = await send(openid)
    expect(sent.result).toMatchObject({ errcode: 0, errmsg: 'ok', msgid: expect.any(String) })
    expect((await send(openid)).result).toMatchObject({ errcode: 43101 })

    const messages = await local('messages', token)
    expect(messages.status).toBe(200)
    expect(messages.body.data.list).toHaveLength(1)
    expect(messages.body.data.list[0]).toMatchObject({
      _id: sent.result.msgid,
      touser: openid,
      templateId,
      page: 'pages/order/detail?id=o1',
      data: { thing1: { value: '日常保洁' }, time2: { value: '2024-05-01 09:00' } }
    })
    expect(messages.body.data.quota).toEqual({ [templateId]: 0 })
  })

  test('the quota is per openid: another household gets 43101', async () => {
    const a = (await local('login', undefined, { role: 'household' })).body.data
    const b = (await local('login', undefined, { role: 'household' })).body.data
    await local('subscribe', a.token, { templateIds: [templateId] })
    expect((await send(b.openid)).result.errcode).toBe(43101)
    expect((await send(a.openid)).result.errcode).toBe(0)
    expect((await local('messages', b.token)).body.data.list).toEqual([])
  })

  test('the local routes need a sign-in', async () => {
    expect((await local('subscribe', undefined, { templateIds: [templateId] })).status).toBe(401)
    expect((await local('messages', 'f'.repeat(48))).status).toBe(401)
  })

  test('an invalid message is refused by WeChat, not sent', async () => {
    expect((await app.callWxOpenApi({ apiName: 'cgi-bin/message/subscribe/send', requestData: { templateId } })).result.errcode).toBe(40003)
  })
})
