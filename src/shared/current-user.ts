import { createLocalStore, useLocalStore } from './local-store';

/**
 * Who "Mine" means. Live mode: the signed-in account's email (MSAL username, or the address in a
 * `user:<email>` development token), set once at start by main.tsx. Demo mode: the team member
 * chosen under "Signed in as" in the demo banner, kept in localStorage (an address of the seed's
 * own sellers, not personal data).
 */
let liveUser: string | undefined;

export function setLiveUser(email: string | undefined): void {
  liveUser = email?.trim() || undefined;
}

/** The email in a development token `user:<email>`; none for other tokens. */
export function emailOfToken(token: string): string | undefined {
  return token.startsWith('user:') ? token.slice('user:'.length).trim() || undefined : undefined;
}

export const DEMO_USER_KEY = 'referral-desk-demo-user';

export const demoUserStore = createLocalStore<string | undefined>(
  DEMO_USER_KEY,
  (stored) => (typeof stored === 'string' && stored.includes('@') ? stored : undefined),
  undefined,
);

export function useCurrentUserEmail(): string | undefined {
  const demoUser = useLocalStore(demoUserStore);
  return liveUser ?? demoUser;
}
