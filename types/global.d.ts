/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.less'
declare module '*.scss'
declare module '*.sass'
declare module '*.styl'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Node's own: decides minification and dev-only code in the build */
    NODE_ENV: 'development' | 'production' | 'test'
    /** the platform being built; `h5` also carries the staff admin pages */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** mini-program appid for this build (see https://docs.taro.zone/docs/next/env-mode-config) */
    TARO_APP_ID: string
  }
}
