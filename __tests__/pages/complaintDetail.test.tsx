// 投诉详情 (complaint/detail): the 5-step progress bar, what was filed, the timeline with household events only (an
// internal entry never shows, even if one arrives), 满意 with stars and a comment, 不满意 only with a reason, the
// call-back notice when a notice could not be delivered, and 补充说明 with a photo.
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ComplaintDetailPage from '@/complaint/detail/index'
import { HOUSEHOLD_EVENTS } from '@/constants/complaint'
import { HOUSEHOLD_VISIBLE_EVENTS } from '../../cloudfunctions/core/complaints/timeline'
import { server } from './support/network'
import { page } from './support/taro'
import * as cx from './support/complaintFixtures'

const chooseImage = jest.fn()
const fetchMock = jest.fn()
beforeEach(() => {
  ;(Taro as any).chooseImage = chooseImage.mockReset()
  ;(global as any).fetch = fetchMock.mockReset()
  page.setParams({ id: 'cmp_1' })
})

const timelineLabels = () => Array.from(document.querySelectorAll('.jz-timeline__label')).map((e) => e.textContent)
const stops = () => Array.from(document.querySelectorAll('.complaint-steps__stop')).map((e) =>
  `${e.querySelector('.complaint-steps__label')!.textContent}${e.getAttribute('aria-current') ? '(current)' : ''}${e.className.includes('--done') ? '(done)' : ''}`)

describe('complaint/detail', () => {
  it('shows the progress, what was filed and the timeline newest first — never an internal event', async () => {
    server.on('complaint', 'detail', cx.view({
      step: 'investigating', stepLabel: '调查中',
      timeline: [
        cx.event('created', '客户提交投诉', '2025-11-24T06:00:00.000Z', { actor: 'household', actorLabel: '您', text: '厨房台面没有擦干净，油渍还在' }),
        cx.event('step_changed', '处理环节变更', '2025-11-24T06:10:00.000Z', { actor: 'staff', actorLabel: '客服小周', text: '已受理 → 已定级' }),
        // what a household must never see, had the server let it through
        cx.event('note', '内部备注', '2025-11-24T06:11:00.000Z', { actor: 'staff', actorLabel: '客服小周', text: '阿姨说当天清洁剂用完了' }),
        cx.event('severity_assessed', '评定严重程度', '2025-11-24T06:12:00.000Z', { actor: 'staff', actorLabel: '客服小周', text: '一般' }),
        cx.event('reply', '客服回复', '2025-11-24T06:20:00.000Z', { actor: 'staff', actorLabel: '客服小周', text: '非常抱歉，我们正在核实' }),
        cx.event('step_changed', '处理环节变更', '2025-11-24T06:30:00.000Z', { actor: 'staff', actorLabel: '客服小周', text: '已定级 → 调查中' })
      ]
    }))
    render(<ComplaintDetailPage />)
    expect(await screen.findByText('工单号 TS202511240001')).toBeTruthy()
    expect(screen.getByText('我们正在处理，处理进展会通过微信通知您')).toBeTruthy()
    expect(stops()).toEqual(['已受理(done)', '已定级(done)', '调查中(current)', '处理中', '待确认'])
    expect(screen.getByText('漏扫/不干净')).toBeTruthy()
    expect(screen.getByText('日常保洁（按小时）｜11月24日 周一 上午 08:00-12:00')).toBeTruthy()
    expect(screen.getByText('工作日晚上7点后')).toBeTruthy()
    expect(Array.from(document.querySelectorAll('.jz-photos img')).map((i) => i.getAttribute('src'))).toEqual(['http://files/stain.jpg'])

    expect(timelineLabels()).toEqual(['处理环节变更', '客服回复', '处理环节变更', '客户提交投诉'])
    expect(screen.getByText('非常抱歉，我们正在核实')).toBeTruthy()
    expect(screen.getByText('已定级 → 调查中')).toBeTruthy()
    expect(document.body.textContent).not.toContain('内部备注')
    expect(document.body.textContent).not.toContain('清洁剂用完了')
    expect(document.body.textContent).not.toContain('评定严重程度')
    // open: no resolution to answer, but 补充说明
    expect(screen.queryByText('满意')).toBeNull()
    expect(screen.getByText('补充说明')).toBeTruthy()

    fireEvent.click(screen.getByText('日常保洁（按小时）｜11月24日 周一 上午 08:00-12:00'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/order/index?id=ord_1' })
  })

  it('满意 sends the rating (required) and the comment, and shows the closed complaint', async () => {
    server.on('complaint', 'detail', cx.awaiting())
    server.on('complaint', 'confirm', (input: any) => cx.awaiting({
      step: 'closed', status: 'closed', statusLabel: '已结案', canConfirm: false, canReply: false,
      confirmation: { satisfied: true, rating: input.rating, comment: input.comment, at: '2025-11-24T10:00:00.000Z' }
    }))
    render(<ComplaintDetailPage />)
    expect(await screen.findByText('已安排阿姨明天上午免费返工厨房')).toBeTruthy()
    expect(screen.getByText('免费返工/复检：日常保洁（按小时） 11月26日 上午')).toBeTruthy()
    expect(stops()).toEqual(['已受理(done)', '已定级(done)', '调查中(done)', '处理中(done)', '待确认(current)'])

    fireEvent.click(screen.getByText('满意', { selector: 'button' }))
    const sheet = screen.getByRole('dialog', { name: '评价处理结果' })
    const send = within(sheet).getByText('提交评价') as HTMLButtonElement
    expect(send.disabled).toBe(true)
    fireEvent.click(within(sheet).getByLabelText('4星 满意'))
    fireEvent.change(within(sheet).getByPlaceholderText('说说您的感受（选填）'), { target: { value: '返工很认真' } })
    expect(send.disabled).toBe(false)
    fireEvent.click(send)

    expect(await screen.findByText('投诉已结案，感谢您的反馈')).toBeTruthy()
    expect(server.calls('complaint', 'confirm')[0].input).toEqual({ complaintId: 'cmp_1', satisfied: true, rating: 4, comment: '返工很认真' })
    expect(stops()).toEqual(['已受理(done)', '已定级(done)', '调查中(done)', '处理中(done)', '已结案(done)'])
    expect(screen.getByLabelText('评分 4 星')).toBeTruthy()
    expect(screen.getByText('返工很认真')).toBeTruthy()
    expect(screen.queryByText('补充说明')).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('不满意，重新处理 needs a reason before it can be sent', async () => {
    server.on('complaint', 'detail', cx.awaiting())
    server.on('complaint', 'confirm', (input: any) => cx.view({
      step: 'investigating', canReply: true,
      confirmation: { satisfied: false, reason: input.reason, at: '2025-11-24T10:00:00.000Z' }
    }))
    render(<ComplaintDetailPage />)
    fireEvent.click(await screen.findByText('不满意，重新处理', { selector: 'button' }))
    const sheet = screen.getByRole('dialog', { name: '不满意，重新处理' })
    const send = within(sheet).getByText('提交，重新处理') as HTMLButtonElement
    expect(send.disabled).toBe(true)
    const reason = within(sheet).getByPlaceholderText('如：返工后厨房还是有油渍')
    fireEvent.change(reason, { target: { value: '脏' } })
    expect(send.disabled).toBe(true)
    expect(within(sheet).getByText('请至少写2个字')).toBeTruthy()
    fireEvent.click(send)
    expect(server.calls('complaint', 'confirm')).toHaveLength(0)

    fireEvent.change(reason, { target: { value: '返工后灶台还是有油渍' } })
    expect(send.disabled).toBe(false)
    fireEvent.click(send)
    expect(await screen.findByText('我们正在处理，处理进展会通过微信通知您')).toBeTruthy()
    expect(server.calls('complaint', 'confirm')[0].input).toEqual({ complaintId: 'cmp_1', satisfied: false, reason: '返工后灶台还是有油渍' })
    expect(stops()).toContain('调查中(current)')
  })

  it('says we will call when a progress notice could not be delivered', async () => {
    server.on('complaint', 'detail', cx.view({ mustCall: true }))
    render(<ComplaintDetailPage />)
    expect(await screen.findByText('我们会致电您')).toBeTruthy()
    expect(screen.getByText('微信通知未能送达，客服会在您方便的时间（工作日晚上7点后）打电话与您联系。')).toBeTruthy()
    fireEvent.click(screen.getByText('也可拨打客服电话 400-800-1234 ›'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '4008001234' })
  })

  it('补充说明 uploads the photo, then sends the words with it', async () => {
    server.on('complaint', 'detail', cx.view())
    server.on('complaint', 'reply', (input: any) => cx.view({
      timeline: [...cx.view().timeline, cx.event('household_message', '客户留言', '2025-11-24T07:00:00.000Z', { actor: 'household', actorLabel: '您', text: input.text })]
    }))
    chooseImage.mockResolvedValue({ tempFilePaths: ['blob:more'] })
    fetchMock.mockImplementation(async (url: string) => url.startsWith('blob:')
      ? { blob: async () => new Blob(['png'], { type: 'image/png' }) }
      : { json: async () => ({ ok: true, data: { fileID: 'cloud://local/uploads/more.png', url: '' } }) })
    render(<ComplaintDetailPage />)
    fireEvent.click(await screen.findByText('发送', { selector: 'button' }))
    expect(screen.getByRole('alert').textContent).toBe('请填写要补充的内容')
    fireEvent.change(screen.getByPlaceholderText('还有什么想告诉我们的，可以在这里补充'), { target: { value: '灶台下面也没擦' } })
    fireEvent.click(screen.getByText('添加照片'))
    await waitFor(() => expect(document.querySelectorAll('.jz-photo-picker__img')).toHaveLength(1))
    fireEvent.click(screen.getByText('发送', { selector: 'button' }))
    expect(await screen.findByText('灶台下面也没擦', { selector: '.jz-timeline__quote' })).toBeTruthy()
    expect(fetchMock).toHaveBeenCalledWith('/api/_local/upload?name=photo.png', expect.anything())
    expect(server.calls('complaint', 'reply')[0].input).toEqual({ complaintId: 'cmp_1', text: '灶台下面也没擦', photos: ['cloud://local/uploads/more.png'] })
    expect(document.querySelectorAll('.jz-photo-picker__img')).toHaveLength(0)
  })

  it('shows a failure with 重试', async () => {
    server.fail('complaint', 'detail', { code: 'NOT_FOUND', message: '投诉工单不存在' })
    render(<ComplaintDetailPage />)
    expect(await screen.findByText('投诉工单不存在')).toBeTruthy()
    server.on('complaint', 'detail', cx.view())
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('工单号 TS202511240001')).toBeTruthy()
  })

  it('draws only the events the server lets households see', () => {
    expect([...HOUSEHOLD_EVENTS].sort()).toEqual([...HOUSEHOLD_VISIBLE_EVENTS].sort())
  })
})
