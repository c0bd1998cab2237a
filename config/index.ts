// Taro build config. One app, two targets: `weapp` (households and cleaners) and `h5` (the same pages in a browser,
// plus the staff admin pages). Output goes to dist/<target>/ so both builds can live side by side.
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

const H5_ENTRY_WARN_BYTES = 512 * 1024

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiazheng-lifecycle',
    date: '2025-11-22',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // CLOUD_ENV: the CloudBase environment id the mini-program calls (JZ_CLOUD_ENV at build time).
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.JZ_CLOUD_ENV || 'your-env-id')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Shared components are imported by pages in different orders; every class is namespaced (jz-*, adm-*),
      // so the order of their CSS chunks does not matter (the h5 build already ignores it).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      // Path aliases come from tsconfig.json `paths` (one source): `@/...` is src/, `@core/...` is cloudfunctions/core/
      // (src/ imports only types from there; babel erases them).
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: the local CloudBase serves the build statically at `/` without rewrite rules.
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      // `taro build` without --watch never starts a dev server; keep it from opening a browser when one is started.
      devServer: { open: false },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // React + Taro's H5 runtime alone is ~310 KiB; warn only when the entry grows well past that.
        chain.performance.maxEntrypointSize(H5_ENTRY_WARN_BYTES).maxAssetSize(H5_ENTRY_WARN_BYTES)
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
