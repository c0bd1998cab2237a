// Runs before each page test file: a clean fake network and Taro state between tests.
import { cleanup } from '@testing-library/react'
import { resetTaro } from './taro'

beforeEach(() => resetTaro())
afterEach(() => cleanup())
