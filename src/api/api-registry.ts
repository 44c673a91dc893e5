import type { ReferralApi } from './referrals';

let current: ReferralApi | undefined;
let announce: ((api: ReferralApi) => void) | undefined;
let ready = new Promise<ReferralApi>((resolve) => (announce = resolve));

/**
 * The app (or a test) sets the API once at start; queries and mutations read it. The app renders
 * before sign-in or the demo backend is ready, so queries wait for it (`referralApiReady`): the
 * start gates only the requests (docs/decisions/025-cold-start.md).
 */
export function setReferralApi(api: ReferralApi): void {
  current = api;
  if (announce) {
    announce(api);
    announce = undefined;
  } else {
    ready = Promise.resolve(api);
  }
}

export function referralApi(): ReferralApi {
  if (!current)
    throw new Error('The referral API is not configured: call setReferralApi() at start.');
  return current;
}

/** The API once it is configured. */
export function referralApiReady(): Promise<ReferralApi> {
  return current ? Promise.resolve(current) : ready;
}
