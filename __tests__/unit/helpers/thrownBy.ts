// The AppError a call throws, so a test can assert its code, message and details together.
import { AppError } from '../../../cloudfunctions/core/contract/errors'

export function thrownBy(call: () => unknown): AppError {
  try {
    call()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError, but nothing was thrown')
}
