import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t.close() })
test('a Date changed by less than a second is a change (documents are copied realm-safely)', async () => {
  const c = t.db.collection('settings')
  await c.add({ _id: 'd1', at: new Date(1000) })
  const r = await c.doc('d1').update({ at: new Date(1500) })
  expect(r.updated).toBe(1)
  expect((await c.doc('d1').get()).data[0].at.getTime()).toBe(1500)
})
