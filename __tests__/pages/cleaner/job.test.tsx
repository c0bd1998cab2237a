import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { server } from '../support/network'
import { page } from '../support/taro'
import CleanerJobPage from '@/cleaner/job/index'
import { jobView } from './fixtures'

// The phone's image picker and the photo upload (bytes to storage) are device and network edges: stand-ins here.
const chooseImage = jest.fn()
const fetchMock = jest.fn()
beforeEach(() => {
  ;(Taro as any).chooseImage = chooseImage.mockReset()
  ;(global as any).fetch = fetchMock.mockReset()
  page.setParams({ orderId: 'o1' })
})

function answerUploads() {
  let n = 0
  fetchMock.mockImplementation(async (url: string, init?: any) => {
    if (url.startsWith('blob:')) return { blob: async () => new Blob(['jpeg'], { type: 'image/jpeg' }) }
    expect(url).toBe('/api/_local/upload?name=photo.jpg')
    expect(init.headers.authorization).toMatch(/^Bearer /)
    return { json: async () => ({ ok: true, data: { fileID: `cloud://local/uploads/p${++n}.jpg`, url: '' } }) }
  })
}

describe('cleaner/job', () => {
  it('shows only the district before the job day, with a hint, and the masked phone', async () => {
    server.on('cleaner', 'job', jobView())
    render(<CleanerJobPage />)
    expect(await screen.findByText('上海市浦东新区', { selector: '.cleaner-job__address' })).toBeTruthy()
    expect(screen.getByText('为保护客户隐私，详细地址将在服务当天显示')).toBeTruthy()
    expect(screen.getByText('138****5678')).toBeTruthy()
    expect(screen.getByText('有老人')).toBeTruthy()
    expect(screen.getByText('有宠物')).toBeTruthy()
    expect(screen.queryByText('有小孩')).toBeNull()
    expect(screen.getByText('猫怕生，请关好门')).toBeTruthy()
    // check-in is not open yet: greyed, with the reason
    expect((screen.getByText('签到') as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('还没到服务日期（2025-11-23），请在服务当天签到')).toBeTruthy()
    expect(server.calls('cleaner', 'job')[0].input).toEqual({ orderId: 'o1' })
  })

  it('shows the full address on the job day without the hint', async () => {
    server.on('cleaner', 'job', jobView({ address: '上海市浦东新区张杨路100弄5号1201', addressFull: true, canCheckIn: true, checkInRefusal: undefined }))
    render(<CleanerJobPage />)
    expect(await screen.findByText('上海市浦东新区张杨路100弄5号1201')).toBeTruthy()
    expect(screen.queryByText('为保护客户隐私，详细地址将在服务当天显示')).toBeNull()
  })

  it('checks in without photos', async () => {
    server.on('cleaner', 'job', jobView({ addressFull: true, canCheckIn: true, checkInRefusal: undefined }))
    server.on('cleaner', 'checkIn', jobView({ status: 'in_service', statusLabel: '服务中', checkIn: { at: '2025-11-23T00:05:00.000Z' }, canCheckOut: true }))
    render(<CleanerJobPage />)
    fireEvent.click(await screen.findByText('签到'))
    expect(await screen.findByText('完成签退')).toBeTruthy()
    expect(server.calls('cleaner', 'checkIn')[0].input).toEqual({ orderId: 'o1' })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('check-out needs at least one after photo', async () => {
    server.on('cleaner', 'job', jobView({ status: 'in_service', statusLabel: '服务中', checkIn: { at: '2025-11-23T00:05:00.000Z' }, canCheckOut: true }))
    render(<CleanerJobPage />)
    fireEvent.click(await screen.findByText('签退'))
    expect((await screen.findByRole('alert')).textContent).toBe('请至少上传1张服务后照片再签退')
    expect(server.calls('cleaner', 'checkOut')).toHaveLength(0)
  })

  it('uploads the after photos, then checks out with their fileIDs and the note', async () => {
    server.on('cleaner', 'job', jobView({ status: 'in_service', statusLabel: '服务中', checkIn: { at: '2025-11-23T00:05:00.000Z' }, canCheckOut: true }))
    server.on('cleaner', 'checkOut', jobView({ status: 'awaiting_confirmation', statusLabel: '待确认', checkOut: { at: '2025-11-23T03:00:00.000Z', note: '油烟机已清洗' } }))
    chooseImage.mockResolvedValue({ tempFilePaths: ['blob:a', 'blob:b'] })
    answerUploads()
    render(<CleanerJobPage />)
    fireEvent.click(await screen.findByText('服务后照片'))
    await waitFor(() => expect(screen.getAllByLabelText('删除照片')).toHaveLength(2))
    fireEvent.change(screen.getByPlaceholderText('备注（选填），如：厨房油烟机已清洗'), { target: { value: '油烟机已清洗' } })
    fireEvent.click(screen.getByText('签退'))
    await waitFor(() => expect(server.calls('cleaner', 'checkOut')).toHaveLength(1))
    expect(server.calls('cleaner', 'checkOut')[0].input).toEqual({
      orderId: 'o1', photos: ['cloud://local/uploads/p1.jpg', 'cloud://local/uploads/p2.jpg'], note: '油烟机已清洗'
    })
    expect(await screen.findByText('待确认')).toBeTruthy()
    expect(screen.queryByText('签退', { selector: 'button' })).toBeNull()
  })

  it('keeps the photos and shows the message when an upload fails', async () => {
    server.on('cleaner', 'job', jobView({ status: 'in_service', statusLabel: '服务中', canCheckOut: true }))
    chooseImage.mockResolvedValue({ tempFilePaths: ['blob:a'] })
    fetchMock.mockImplementation(async (url: string) =>
      url.startsWith('blob:') ? { blob: async () => new Blob(['x'], { type: 'image/jpeg' }) } : { json: async () => ({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '图片不能超过 10 MB' } }) })
    render(<CleanerJobPage />)
    fireEvent.click(await screen.findByText('服务后照片'))
    await screen.findByLabelText('删除照片')
    fireEvent.click(screen.getByText('签退'))
    expect((await screen.findByRole('alert')).textContent).toBe('图片不能超过 10 MB')
    expect(server.calls('cleaner', 'checkOut')).toHaveLength(0)
    expect(screen.getAllByLabelText('删除照片')).toHaveLength(1)
  })

  it('sends an unbound cleaner to bind', async () => {
    server.fail('cleaner', 'job', { code: 'PERMISSION_DENIED', message: '您还没有绑定阿姨账号，请输入邀请码绑定' })
    render(<CleanerJobPage />)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  })
})
