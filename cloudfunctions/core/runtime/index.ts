// The runtime every function is built on: router, actions, validation, the invocation's CloudBase handle.
export { createRouter, action, type Actions, type HandlerContext } from './router'
export { z, parseInput, nameFields } from './validate'
export { openCloud, type Cloud } from './cloud'
export { invocationNow } from './clock'
