// 投诉与建议 (complaint/new): the form is checked before anything is sent; 提交 asks for WeChat notices first (h5: the
// local CloudBase, weapp: wx.requestSubscribeMessage), then uploads the photo and files the complaint with one
// requestKey per visit — a double tap files once, a retry after a failure sends the same key — and opens it.
import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import NewComplaintPage from '@/complaint/new/index'
import { HOUSEHOLD_CATEGORIES } from '@/constants/complaint'
import { COMPLAINT_CATEGORY_LABELS } from '@core/contract/complaint'
import { server, deferred, Refusal } from './support/network'
import { page } from './support/taro'
import * as fx from './support/fixtures'
import * as cx from './support/complaintFixtures'

// The phone's image picker and the photo upload (bytes to storage) are device and network edges: stand-ins here.
const chooseImage = jest.fn()
const fetchMock = jest.fn()
let journal: string[]

beforeEach(() => {
  ;(Taro as any).chooseImage = chooseImage.mockReset()
  ;(global as any).fetch = fetchMock.mockReset()
  journal = []
  fetchMock.mockImplementation(async (url: string) => {
    if (url.startsWith('blob:')) return { blob: async () => new Blob(['jpeg'], { type: 'image/jpeg' }) }
    journal.push('upload')
    return { json: async () => ({ ok: true, data: { fileID: 'cloud://local/uploads/stain.jpg', url: '' } }) }
  })
  server.on('complaint', 'templates', { complaintProgress: cx.TEMPLATE_ID })
  server.onLocal('subscribe', (input: any) => { journal.push(`wx.subscribe:${input.templateIds}`); return { quota: { [cx.TEMPLATE_ID]: 1 } } })
  server.on('user', 'subscribeAccepted', (input: any) => { journal.push(`subscribeAccepted:${input.templateIds}`); return { quota: { [cx.TEMPLATE_ID]: 1 } } })
})

const describeProblem = (text: string) => fireEvent.change(screen.getByPlaceholderText(/请描述遇到的问题/), { target: { value: text } })
const submit = () => fireEvent.click(screen.getByText('提交', { selector: 'button' }))

describe('complaint/new', () => {
  it('files about the order with a photo and a contact time, asking for notices first, then opens it', async () => {
    page.setParams({ orderId: 'ord_1' })
    server.on('booking', 'detail', fx.orderView({ status: 'completed', statusLabel: '已完成', cleaner: { name: '王秀兰', grade: 'gold', gradeLabel: '金牌', phoneMasked: '138****0001' } }))
    server.on('complaint', 'create', () => { journal.push('create'); return cx.view({ id: 'cmp_new' }) })
    chooseImage.mockResolvedValue({ tempFilePaths: ['blob:stain'] })
    render(<NewComplaintPage />)

    expect(await screen.findByText('日常保洁（按小时）')).toBeTruthy()
    expect(screen.getByText('王秀兰')).toBeTruthy()
    expect(screen.getByText('处理进展会通过微信通知您', { exact: false })).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '物品损坏' }))
    describeProblem('阿姨擦柜子时把花瓶碰碎了')
    expect(screen.getByText('12/1000')).toBeTruthy()
    fireEvent.click(screen.getByText('添加照片'))
    await waitFor(() => expect(document.querySelectorAll('.jz-photo-picker__img')).toHaveLength(1))
    fireEvent.click(screen.getByRole('radio', { name: '工作日晚上7点后' }))
    submit()

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/complaint/detail/index?id=cmp_new' }))
    expect(journal).toEqual([`wx.subscribe:${cx.TEMPLATE_ID}`, `subscribeAccepted:${cx.TEMPLATE_ID}`, 'upload', 'create'])
    const sent = server.calls('complaint', 'create')[0].input
    expect(sent).toEqual({
      orderId: 'ord_1', category: 'damage', description: '阿姨擦柜子时把花瓶碰碎了', photos: ['cloud://local/uploads/stain.jpg'],
      contactTime: '工作日晚上7点后', requestKey: expect.stringMatching(/^ck-[A-Za-z0-9_-]{6,60}$/)
    })
  })

  it('files once on a double tap, and a retry after a failure sends the same requestKey', async () => {
    const first = deferred<unknown>()
    let attempts = 0
    server.on('complaint', 'create', () => { attempts += 1; return attempts === 1 ? first.promise : cx.view({ id: 'cmp_2' }) })
    render(<NewComplaintPage />)
    fireEvent.click(await screen.findByRole('radio', { name: '迟到' }))
    describeProblem('阿姨迟到了一个小时也没通知')
    const button = screen.getByText('提交', { selector: 'button' })
    fireEvent.click(button)
    fireEvent.click(button)
    await waitFor(() => expect(server.calls('complaint', 'create')).toHaveLength(1))
    expect(screen.getByText('提交中…', { selector: 'button' })).toBeTruthy()

    first.reject(new Refusal({ code: 'INTERNAL', message: '服务繁忙，请稍后重试' }))
    expect(await screen.findByText('服务繁忙，请稍后重试', { selector: '[role=alert]' })).toBeTruthy()
    expect(Taro.redirectTo).not.toHaveBeenCalled()
    submit()
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/complaint/detail/index?id=cmp_2' }))

    const keys = server.calls('complaint', 'create').map((c) => c.input.requestKey)
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    // a general complaint: no order; no contact time chosen, none sent; notices were asked for once this visit
    expect(server.calls('complaint', 'create')[0].input).not.toHaveProperty('orderId')
    expect(server.calls('complaint', 'create')[0].input).not.toHaveProperty('contactTime')
    expect(journal.filter((j) => j.startsWith('wx.subscribe'))).toHaveLength(1)
  })

  it('says what is missing before asking or sending anything, and takes a contact time in their own words', async () => {
    server.on('complaint', 'create', cx.view())
    render(<NewComplaintPage />)
    await screen.findByText('问题描述')
    submit()
    expect(screen.getByRole('alert').textContent).toBe('请选择问题类型')
    fireEvent.click(screen.getByRole('radio', { name: '服务态度' }))
    describeProblem('态度差')
    submit()
    expect(screen.getByRole('alert').textContent).toBe('请描述遇到的问题，至少5个字')
    expect(journal).toEqual([])
    expect(server.calls('complaint', 'create')).toHaveLength(0)

    describeProblem('阿姨态度很差，还顶嘴')
    fireEvent.click(screen.getByRole('radio', { name: '自己填写' }))
    fireEvent.change(screen.getByPlaceholderText('如：周三下午3点以后'), { target: { value: '周六上午' } })
    submit()
    await waitFor(() => expect(server.calls('complaint', 'create')).toHaveLength(1))
    expect(server.calls('complaint', 'create')[0].input).toMatchObject({ category: 'attitude', contactTime: '周六上午' })
  })

  it('weapp: opens WeChat’s prompt with the template first and counts only an accepted template', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    const callFunction = (Taro as any).cloud.callFunction as jest.Mock
    callFunction.mockImplementation(async ({ name, data }: any) => ({ result: (await server.respond(`/api/${name}`, data)).data }))
    try {
      server.on('complaint', 'create', cx.view({ id: 'cmp_w' }))
      ;(Taro.requestSubscribeMessage as jest.Mock).mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', [cx.TEMPLATE_ID]: 'accept' })
      const first = render(<NewComplaintPage />)
      fireEvent.click(await screen.findByRole('radio', { name: '漏扫/不干净' }))
      describeProblem('卫生间地面没有拖干净')
      submit()
      await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/complaint/detail/index?id=cmp_w' }))
      expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: [cx.TEMPLATE_ID] })
      const asked = (Taro.requestSubscribeMessage as jest.Mock).mock.invocationCallOrder[0]
      const createdAt = callFunction.mock.calls.findIndex(([o]: any) => o.data.action === 'create')
      expect(asked).toBeLessThan(callFunction.mock.invocationCallOrder[createdAt])
      expect(server.calls('user', 'subscribeAccepted')[0].input).toEqual({ templateIds: [cx.TEMPLATE_ID] })
      expect(journal.filter((j) => j.startsWith('wx.subscribe'))).toEqual([])

      // declined: nothing is counted, and the complaint is filed all the same
      ;(Taro.requestSubscribeMessage as jest.Mock).mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', [cx.TEMPLATE_ID]: 'reject' })
      ;(Taro.redirectTo as jest.Mock).mockClear()
      first.unmount()
      render(<NewComplaintPage />)
      fireEvent.click(await screen.findByRole('radio', { name: '漏扫/不干净' }))
      describeProblem('卫生间地面没有拖干净')
      submit()
      await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
      expect(server.calls('user', 'subscribeAccepted')).toHaveLength(1)
      expect(server.calls('complaint', 'create')).toHaveLength(2)
    } finally {
      process.env.TARO_ENV = env
      callFunction.mockReset()
    }
  })

  it('shows why the order could not be loaded, with 重试', async () => {
    page.setParams({ orderId: 'ord_x' })
    server.fail('booking', 'detail', { code: 'NOT_FOUND', message: '订单不存在' })
    render(<NewComplaintPage />)
    expect(await screen.findByText('订单不存在')).toBeTruthy()
    server.on('booking', 'detail', fx.orderView())
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('投诉的订单')).toBeTruthy()
  })

  it('offers every household category with the contract’s Chinese label', () => {
    for (const c of HOUSEHOLD_CATEGORIES) expect(c.label).toBe(COMPLAINT_CATEGORY_LABELS[c.id])
    expect(HOUSEHOLD_CATEGORIES.map((c) => c.id).sort()).toEqual(Object.keys(COMPLAINT_CATEGORY_LABELS).filter((id) => id !== 'fraud_claim').sort())
  })
})
