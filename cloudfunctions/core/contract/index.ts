// Shared contract between the cloud functions and the frontend (which imports types only).
export * from './errors'
export * from './catalog'
export * from './order'
export * from './cleaner'
export * from './staff'
export * from './complaint'
