// Errors as values: every refusal carries a code the client can branch on and a Chinese message a person can act on.

export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'CONFLICT',
  'FAILED_PRECONDITION',
  'RATE_LIMITED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type ErrorDetails = Record<string, unknown>

export interface ErrorBody {
  code: ErrorCode
  message: string
  details?: ErrorDetails
}

/** What every cloud function answers. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: ErrorDetails

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message }
    if (this.details !== undefined) body.details = this.details
    return body
  }
}

export const invalid = (message: string, details?: ErrorDetails) => new AppError('INVALID_ARGUMENT', message, details)
export const unauthenticated = (message = '请先登录', details?: ErrorDetails) =>
  new AppError('UNAUTHENTICATED', message, details)
export const denied = (message = '没有权限进行此操作', details?: ErrorDetails) =>
  new AppError('PERMISSION_DENIED', message, details)
export const notFound = (message: string, details?: ErrorDetails) => new AppError('NOT_FOUND', message, details)
export const conflict = (message: string, details?: ErrorDetails) => new AppError('CONFLICT', message, details)
export const precondition = (message: string, details?: ErrorDetails) =>
  new AppError('FAILED_PRECONDITION', message, details)
export const rateLimited = (message = '操作太频繁，请稍后再试', details?: ErrorDetails) =>
  new AppError('RATE_LIMITED', message, details)
export const internal = (message = '系统繁忙，请稍后再试', details?: ErrorDetails) =>
  new AppError('INTERNAL', message, details)

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

/** The body to send for any thrown value; an unexpected error never leaks its own message to the person. */
export function toErrorBody(error: unknown): ErrorBody {
  return isAppError(error) ? error.toBody() : internal().toBody()
}
