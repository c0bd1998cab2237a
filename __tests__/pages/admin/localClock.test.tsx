// The local clock strip on staff pages: shown only while the local CloudBase's clock is moved.
import { render, screen, waitFor } from '@testing-library/react'
import { server } from '../support/network'
import { forgetLocalClock, serverNow } from '@/api/localClock'
import AdminHomePage from '@/admin/home/index'
import { signIn } from './fixtures'

const D = 24 * 3600_000

beforeEach(() => {
  forgetLocalClock()
  signIn(server)
  server.on('admin', 'orders.list', { list: [], nextCursor: null })
  server.on('admin', 'complaints.queue', { list: [], nextCursor: null })
})

it('says that time is moved, by how much and to when, and the desk clock follows it', async () => {
  const now = new Date(Date.now() + 7 * D + 3 * 3600_000)
  server.onLocal('clock', { now: now.toISOString(), offsetMs: 7 * D + 3 * 3600_000, offset: '+7天3小时' })
  render(<AdminHomePage />)
  expect(await screen.findByText(/本地时钟已调快 7天3小时/)).toBeTruthy()
  expect(screen.getByText(/npm run clock -- reset/)).toBeTruthy()
  expect(serverNow().getTime() - Date.now()).toBeGreaterThan(7 * D)
})

it('shows nothing while the clock is not moved, or where there is no local clock', async () => {
  server.onLocal('clock', { now: new Date().toISOString(), offsetMs: 0, offset: '0' })
  const { unmount } = render(<AdminHomePage />)
  expect(await screen.findByText('李客服')).toBeTruthy()
  await waitFor(() => expect(screen.queryByText(/本地时钟/)).toBeNull())
  unmount()
  forgetLocalClock()
  // no /api/_local/clock (production): 404 from the fake server
  render(<AdminHomePage />)
  expect(await screen.findByText('李客服')).toBeTruthy()
  expect(screen.queryByText(/本地时钟/)).toBeNull()
  expect(Math.abs(serverNow().getTime() - Date.now())).toBeLessThan(1000)
})
