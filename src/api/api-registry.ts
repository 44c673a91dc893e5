import type { ReferralApi } from './referrals';

let current: ReferralApi | undefined;

/** The app (or a test) sets the API once at start; queries and mutations read it. */
export function setReferralApi(api: ReferralApi): void {
  current = api;
}

export function referralApi(): ReferralApi {
  if (!current)
    throw new Error('The referral API is not configured: call setReferralApi() at start.');
  return current;
}
