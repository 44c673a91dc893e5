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
  // Like a browser's, each observed element is reported once after it is observed (its size from
  // clientWidth/clientHeight, which tests that need a layout give values): virtua learns the size
  // of its scroll viewport this way. jsdom has no offsetParent, so virtua never takes an item's
  // size from it and keeps its estimates.
  globalThis.ResizeObserver = class {
    #callback: ResizeObserverCallback;
    #targets = new Set<Element>();
    constructor(callback: ResizeObserverCallback) {
      this.#callback = callback;
    }
    observe(target: Element): void {
      this.#targets.add(target);
      setTimeout(() => {
        if (!this.#targets.has(target)) return;
        const width = target.clientWidth;
        const height = target.clientHeight;
        const box = [{ inlineSize: width, blockSize: height }];
        const contentRect = {
          x: 0,
          y: 0,
          top: 0,
          left: 0,
          width,
          height,
          right: width,
          bottom: height,
        };
        const entry = {
          target,
          contentRect,
          borderBoxSize: box,
          contentBoxSize: box,
          devicePixelContentBoxSize: box,
        } as unknown as ResizeObserverEntry;
        this.#callback([entry], this);
      }, 0);
    }
    unobserve(target: Element): void {
      this.#targets.delete(target);
    }
    disconnect(): void {
      this.#targets.clear();
    }
  };
}
if (typeof document !== 'undefined' && !('scrollingElement' in Document.prototype)) {
  // jsdom lacks it; the window virtualizer observes it. Its viewport is the window's.
  Object.defineProperty(Document.prototype, 'scrollingElement', {
    configurable: true,
    get(this: Document) {
      return this.documentElement;
    },
  });
  const root = document.documentElement;
  if (root.clientHeight === 0) {
    Object.defineProperty(root, 'clientHeight', { configurable: true, get: () => innerHeight });
    Object.defineProperty(root, 'clientWidth', { configurable: true, get: () => innerWidth });
  }
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
