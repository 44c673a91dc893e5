import '@testing-library/jest-dom/vitest';
import { webcrypto } from 'node:crypto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setReferralApi } from '../api/api-registry';
import { createHttpClient } from '../api/http-client';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { server, testSimulator } from '../mocks/node';

// The 2-core CI machine runs several test files at once: give async queries room before they fail.
configure({ asyncUtilTimeout: 5000 });

// Node 20 has Web Crypto on globalThis; keep a fallback in case an environment hides it.
if (typeof globalThis.crypto?.randomUUID !== 'function') {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

// jsdom lacks a few browser APIs that UI code and libraries reach for; minimal stand-ins.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  setReferralApi({
    http: createHttpClient({ baseUrl: PARTNER_REFERRALS_URL, timeoutMs: 5000 }),
    writeMethod: 'put',
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  testSimulator.reset();
  testSimulator.faults.clear();
  testSimulator.clearRequests();
});

afterAll(() => {
  server.close();
});
