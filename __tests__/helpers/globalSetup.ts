// Builds every cloud function once before the integration and e2e tests load them from build/functions.
import { buildFunctions } from '../../scripts/build-functions'

export default async function globalSetup(): Promise<void> {
  buildFunctions()
}
