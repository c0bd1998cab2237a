// Build-time constants from config/index.ts `defineConstants` (replaced in the bundle by webpack).

/** The CloudBase environment id the mini-program's Taro.cloud calls go to (JZ_CLOUD_ENV at build time). */
declare const CLOUD_ENV: string
