// How a household reaches the company when it cannot do something itself (cancel or change within 4 h of service).
// The same number as the demo settings (settings.business.servicePhone); switch to an API value once one exposes it.
export const SERVICE_HOTLINE = '400-800-1234'
