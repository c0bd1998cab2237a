// Production build (`taro build`, NODE_ENV=production): Taro minifies and drops dev-only code.
import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {}
} satisfies UserConfigExport<'webpack5'>
