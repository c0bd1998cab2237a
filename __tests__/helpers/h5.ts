// Driving the H5 build in the browser for end-to-end tests: the phone and desk browser profiles, the Taro page on top
// of the stack, waits on what a person would see (never fixed sleeps), and a real photo to pick. playwright-core has
// no expect(); these wait with Playwright's own auto-waiting.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { startTestCloud, type TestCloud } from './localCloud'
import { launchBrowser } from './browser'
import { h5BuildSnapshot } from '../../scripts/build-h5'
import { seedDemo, type SeedResult } from '../../local/seed/demo'

/**
 * What an end-to-end file runs against: a private copy of the H5 build (h5BuildSnapshot: builds dist/h5 when the
 * sources are newer, then copies it, so a rebuild of dist/h5 while the file runs cannot pull pages from under it),
 * served by a fresh local CloudBase with the demo data, and chromium. start() (in beforeAll) fills it in step by step,
 * so stop() (in afterAll) closes whatever got started.
 */
export class H5Stage {
  h5Dir: string | null = null
  t?: TestCloud
  browser?: Browser
  /** One per person (own localStorage, so their own session); all closed by stop(). */
  readonly contexts: BrowserContext[] = []
  /** Uncaught errors of every page opened with newPage (`url: message`). */
  readonly pageErrors: string[] = []

  async start(): Promise<{ t: TestCloud; seed: SeedResult; browser: Browser }> {
    this.h5Dir = h5BuildSnapshot()
    if (!this.h5Dir) throw new Error('the H5 build failed (npx taro build --type h5)')
    const t = this.t = await startTestCloud({ staticDir: this.h5Dir, timers: false })
    const seed = await seedDemo(t.db)
    if (!seed) throw new Error('the demo data was not written')
    const browser = this.browser = await launchBrowser()
    return { t, seed, browser }
  }

  /** A page in a browser context of its own; `init` is put in its localStorage first, as Taro's H5 storage keeps it. */
  newPage = async (opts: Parameters<Browser['newContext']>[0], init?: { key: string; value: string }): Promise<Page> => {
    const ctx = await this.browser!.newContext(opts)
    ctx.setDefaultTimeout(20_000)
    this.contexts.push(ctx)
    // Taro's H5 storage keeps {data} as JSON under the key (what Taro.setStorageSync writes)
    if (init) await ctx.addInitScript(([k, v]) => { window.localStorage.setItem(k, v) }, [init.key, JSON.stringify({ data: init.value })])
    const page = await ctx.newPage()
    page.on('pageerror', (e) => this.pageErrors.push(`${page.url()}: ${e.message}`))
    return page
  }

  /** Closes the contexts, the browser and the cloud, and removes the build copy and any `dirs` given. */
  async stop(...dirs: Array<string | null | undefined>): Promise<void> {
    for (const ctx of this.contexts) await ctx.close().catch(() => undefined)
    await this.browser?.close()
    await this.t?.close()
    for (const dir of [this.h5Dir, ...dirs]) if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** A phone (households, cleaners). The mobile user agent makes Taro's chooseImage ask 拍摄 / 从相册选择 first. */
export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai'
}

/** A laptop (the staff desk). */
export const DESK = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }

/** The Taro page for `route` that is in the DOM now. Taro keeps the pages under it in the stack rendered (hidden
 * behind), so every lookup is scoped to the page on top, never to the whole document. */
export function taroPage(page: Page, route: string): Locator {
  return page.locator(`.taro_page[id^="${route}"]`).last()
}

/** Waits until the Taro page `scope` has slid fully into place (pages animate in from the right in H5), so a
 * screenshot shows it and not half of the page under it. */
export async function settled(scope: Locator): Promise<void> {
  await scope.page().waitForFunction((el) => !!el && Math.abs(el.getBoundingClientRect().left) < 1, await scope.elementHandle())
}

/** Waits until a Taro toast (已提交, 感谢您的评价 …) has gone, so it does not cover what a screenshot shows. */
export async function toastGone(page: Page): Promise<void> {
  // Taro's toast wrapper has no box of its own (its parts are fixed), so its inline display is what tells
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every((el) => el.style.display === 'none'))
}

/** Waits until `scope` (or an element in it matching `selector`) is visible and its text contains `text`. */
export async function sees(scope: Locator, text: string | RegExp, selector?: string): Promise<void> {
  await (selector ? scope.locator(selector) : scope).filter({ hasText: text }).first().waitFor()
}

/** Waits until an element matching `selector` in `scope` has exactly the text `text` (after trimming). */
export async function seesExactly(scope: Locator, selector: string, text: string): Promise<void> {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await scope.locator(selector).filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).first().waitFor()
}

/** An <img> inside `scope` that the browser actually loaded (not a broken link). */
export async function seesImage(scope: Locator): Promise<void> {
  const img = scope.locator('img').first()
  await img.scrollIntoViewIfNeeded()
  await img.page().waitForFunction((el) => !!el && (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle())
}

/** Waits until the button with `text` in `scope` is shown, enabled or disabled (Taro's <taro-button-core> keeps it as
 * a property; React first writes it as an attribute "true"/"false", which is why the attribute is not read). */
export async function seesButton(scope: Locator, text: string, state: 'enabled' | 'disabled'): Promise<Locator> {
  const button = scope.locator('taro-button-core', { hasText: text }).first()
  await button.waitFor()
  await button.page().waitForFunction(
    ([el, enabled]) => !!el && !(el as unknown as { disabled?: boolean }).disabled === enabled,
    [await button.elementHandle(), state === 'enabled'] as const
  )
  return button
}

/** A real PNG (64x64, a coloured square with a white band), written to a temporary file like a photo on the phone. */
export function writePng(name = 'photo.png', rgb: [number, number, number] = [7, 193, 96]): string {
  const size = 64
  const raw = Buffer.alloc(size * (1 + size * 3))
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3)
    raw[row] = 0 // filter: none
    for (let x = 0; x < size; x++) raw.set(y > 26 && y < 38 ? [255, 255, 255] : rgb, row + 1 + x * 3)
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))
  ])
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jz-photo-')), name)
  fs.writeFileSync(file, png)
  return file
}

/**
 * Picks `file` in Taro's H5 image chooser after `open` (a tap on an add-photo tile). Taro's chooseImage appends a
 * hidden <input type="file" id="taroChooseImage"> to <body> and clicks it; with a phone's user agent it first asks
 * 拍摄 / 从相册选择 in an action sheet. Playwright intercepts the file chooser and hands it the file.
 */
export async function choosePhoto(page: Page, open: () => Promise<void>, file: string): Promise<void> {
  await open()
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('从相册选择').click()])
  await chooser.setFiles(file)
}
