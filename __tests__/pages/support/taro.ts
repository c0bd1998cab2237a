// Test double for '@tarojs/taro' (jest moduleNameMapper, project `pages`). Navigation, toasts and modals are
// recorded jest.fn()s; storage is in memory; `request` goes to the fake server in ./network; page lifecycle hooks
// (useDidShow, usePullDownRefresh, useReachBottom) can be fired from a test through `page`.
import { useEffect, useRef } from 'react'
import { server } from './network'

type Listener = () => void
type NotFoundListener = (res: { path: string; query: Record<string, string>; isEntryPage: boolean }) => void
const listeners = { didShow: new Set<Listener>(), pullDown: new Set<Listener>(), reachBottom: new Set<Listener>() }
const notFoundListeners = new Set<NotFoundListener>()
let routerParams: Record<string, string> = {}
const storage = new Map<string, unknown>()

function useLifecycle(kind: keyof typeof listeners, fn: Listener) {
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    const l = () => ref.current()
    listeners[kind].add(l)
    return () => { listeners[kind].delete(l) }
  }, [kind])
}

/** Fire page events from a test, as the mini-program would. */
export const page = {
  setParams(params: Record<string, string>) { routerParams = params },
  show() { listeners.didShow.forEach((l) => l()) },
  pullDown() { listeners.pullDown.forEach((l) => l()) },
  reachBottom() { listeners.reachBottom.forEach((l) => l()) },
  /** the router found no page for `path` (the app's onPageNotFound) */
  notFound(path: string, isEntryPage = true) { notFoundListeners.forEach((l) => l({ path, query: {}, isEntryPage })) }
}

/** The app's onPageNotFound hook (app.ts). */
export const usePageNotFound = (fn: NotFoundListener) => {
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    const l: NotFoundListener = (res) => ref.current(res)
    notFoundListeners.add(l)
    return () => { notFoundListeners.delete(l) }
  }, [])
}

export const useDidShow = (fn: Listener) => {
  useLifecycle('didShow', fn)
  // A page is shown once when it mounts.
  useEffect(() => { fn() }, []) // eslint-disable-line react-hooks/exhaustive-deps
}
export const useDidHide = (_fn: Listener) => undefined
export const useLoad = (fn: (params: Record<string, string>) => void) => { useEffect(() => { fn(routerParams) }, []) } // eslint-disable-line react-hooks/exhaustive-deps
export const useLaunch = (_fn: Listener) => undefined
export const usePullDownRefresh = (fn: Listener) => useLifecycle('pullDown', fn)
export const useReachBottom = (fn: Listener) => useLifecycle('reachBottom', fn)
export const useRouter = () => ({ params: routerParams, path: '' })

const request = jest.fn(async (opts: { url: string; data?: any; header?: Record<string, string> }) =>
  server.respond(opts.url, opts.data, opts.header))

const Taro = {
  request,
  getStorageSync: jest.fn((key: string) => storage.get(key) ?? ''),
  setStorageSync: jest.fn((key: string, value: unknown) => { storage.set(key, value) }),
  removeStorageSync: jest.fn((key: string) => { storage.delete(key) }),
  navigateTo: jest.fn(async (_o: { url: string }) => ({})),
  redirectTo: jest.fn(async (_o: { url: string }) => ({})),
  reLaunch: jest.fn(async (_o: { url: string }) => ({})),
  switchTab: jest.fn(async (_o: { url: string }) => ({})),
  navigateBack: jest.fn(async () => ({})),
  showToast: jest.fn(async (_o: { title: string; icon?: string }) => ({})),
  showLoading: jest.fn(async () => ({})),
  hideLoading: jest.fn(async () => ({})),
  showModal: jest.fn(async (_o: { title?: string; content?: string }) => ({ confirm: true, cancel: false })),
  stopPullDownRefresh: jest.fn(),
  makePhoneCall: jest.fn(async () => ({})),
  previewImage: jest.fn(async () => ({})),
  setNavigationBarTitle: jest.fn(async () => ({})),
  requestSubscribeMessage: jest.fn(async () => ({})),
  cloud: { init: jest.fn(), callFunction: jest.fn() },
  getCurrentInstance: () => ({ router: { params: routerParams } }),
  useDidShow, useDidHide, useLoad, useLaunch, usePullDownRefresh, useReachBottom, useRouter, usePageNotFound
}

/** Between tests: forget storage, routes, answers and recorded calls. */
export function resetTaro(): void {
  storage.clear()
  routerParams = {}
  Object.values(listeners).forEach((s) => s.clear())
  notFoundListeners.clear()
  for (const v of Object.values(Taro)) if (typeof v === 'function' && 'mockClear' in v) (v as jest.Mock).mockClear()
  Taro.showModal.mockImplementation(async () => ({ confirm: true, cancel: false }))
  server.reset()
}

export default Taro
