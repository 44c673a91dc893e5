import { hashKey, type Query, type QueryClient } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  type PersistedClient,
  type Persister,
} from '@tanstack/query-persist-client-core';
import { createStore, del, get, set } from 'idb-keyval';
import { referralKeys, type ReferralList } from '../../api/referral-queries';
import { referralSchema } from '../../domain/referral-schema';

/**
 * The on-device copy of the referrals (docs/decisions/024): the complete unfiltered list, and
 * nothing else (no tokens, no detail caches), in IndexedDB through TanStack Query's persister.
 * A copy made by another account, by an older app whose list or referral shape differs, or older
 * than a week is discarded on restore.
 */

/** Bump when `ReferralList` changes meaning; the referral's fields are fingerprinted below. */
const FORMAT_VERSION = 1;
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const STORAGE_KEY = 'referrals';

export function schemaFingerprint(): string {
  return Object.keys(referralSchema.shape).sort().join(',');
}

/** The copy's version: its format, the referral schema and who it belongs to. */
export function deviceCopyBuster(accountKey: string): string {
  return `${FORMAT_VERSION}|${schemaFingerprint()}|${accountKey}`;
}

// route-preload.js (scripts/route-preload.ts) reads the copy at load under the same names.
const store = () => createStore('referral-desk', 'device-copy');

declare global {
  interface Window {
    /** The copy's text, read by route-preload.js before the app started (or undefined). */
    __referralDeskCopy?: Promise<string | undefined>;
  }
}

const utf8Decoder = new TextDecoder();

/** A Blob that can give back its text (elsewhere the copy is kept as a string). */
const canStoreBlob = () => typeof Blob === 'function' && typeof Blob.prototype.text === 'function';
const isBlob = (value: unknown): value is Blob =>
  typeof value === 'object' && value !== null && typeof (value as Blob).text === 'function';

/**
 * IndexedDB through idb-keyval; writes can be held (after a clear, until the list changes).
 * The copy is written as a Blob (`persistedClientBlob`, docs/decisions/043): IndexedDB keeps a
 * Blob's bytes aside and hands back a handle at once, and `blob.text()` decodes them off the main
 * thread. A 25 MB string (10,000 referrals) or UTF-8 bytes were deserialised on the main thread
 * when read (~0.5–2 s under load) and the bytes decoded there too. Copies stored as bytes or a
 * string (earlier versions; jsdom) are still read, and the buster decides whether they are kept.
 */
const storage = (gate: { isHeld: boolean }) => {
  const idb = store();
  return {
    getItem: async (key: string) => {
      mark('rd:device-copy-read-start');
      const early = key === STORAGE_KEY ? await takeEarlyRead() : undefined;
      const value = early ?? (await get<unknown>(key, idb));
      const text = isBlob(value)
        ? await value.text()
        : // isView, not instanceof: IndexedDB may hand back another realm's Uint8Array (tests).
          ArrayBuffer.isView(value)
          ? utf8Decoder.decode(value)
          : typeof value === 'string'
            ? value
            : undefined;
      mark('rd:device-copy-read');
      return text;
    },
    setItem: (key: string, value: string) =>
      gate.isHeld ? Promise.resolve() : set(key, value, idb),
    removeItem: (key: string) => del(key, idb),
  };
};

const ITEMS_MARK = '\u0000referral-desk-items\u0000';
const ITEMS_PER_PART = 500;

const NON_ASCII = /[\u0080-\uffff]/g;
/**
 * JSON text with every non-ASCII character as a `\uXXXX` escape (the same JSON). Read back, an
 * ASCII copy decodes and parses about twice as fast: 10,000 referrals, 25.9 MB, 672–750 ms →
 * 379–474 ms to decode and 172–281 → 97 ms to parse (headless Chromium, docs/decisions/050).
 */
export function asciiJson(text: string): string {
  return text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The persisted client as a Blob built part by part: the list's items are serialised 500 at a
 * time, as ASCII (`asciiJson`), each part handed to the Blob (outside the JS heap) before the
 * next. One JSON string of 10,000 referrals was 49 MB of heap (two bytes a character once a name
 * has an "ş") while it was written, which is where the warm heap figure of 105 MB came from
 * (docs/decisions/043).
 */
export function persistedClientBlob(client: PersistedClient): Blob {
  const lists: unknown[][] = [];
  const text = JSON.stringify(client, function (this: unknown, key: string, value: unknown) {
    const isListItems =
      key === 'items' &&
      Array.isArray(value) &&
      typeof this === 'object' &&
      this !== null &&
      'isComplete' in this;
    if (!isListItems) return value;
    lists.push(value as unknown[]);
    return ITEMS_MARK;
  });
  const segments = text.split(JSON.stringify(ITEMS_MARK));
  const parts: BlobPart[] = [];
  segments.forEach((segment, index) => {
    parts.push(asciiJson(segment));
    const items = lists[index];
    if (!items) return;
    parts.push('[');
    for (let start = 0; start < items.length; start += ITEMS_PER_PART) {
      if (start > 0) parts.push(',');
      const chunk = JSON.stringify(items.slice(start, start + ITEMS_PER_PART));
      parts.push(new Blob([asciiJson(chunk.slice(1, -1))]));
    }
    parts.push(']');
  });
  return new Blob(parts, { type: 'application/json' });
}

const wholeListHash = hashKey(referralKeys.list({}));

/** Only the unfiltered list, and only once it is complete. */
export function isKeptOnDevice(query: Query): boolean {
  return (
    query.queryHash === wholeListHash &&
    query.state.status === 'success' &&
    (query.state.data as ReferralList | undefined)?.isComplete === true
  );
}

/**
 * The copy as route-preload.js read it while the app's code loaded (scripts/route-preload.ts):
 * taken once, by the first restore; a clear before that drops it.
 */
function takeEarlyRead(): Promise<string | undefined> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.__referralDeskCopy;
  window.__referralDeskCopy = undefined;
  return early;
}

export async function removeDeviceCopy(): Promise<void> {
  void takeEarlyRead();
  await del(STORAGE_KEY, store());
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}

/**
 * Run `task` once the next frame has been painted and the main thread is idle (at the latest 2 s
 * later); cancellable. An idle period can come before the frame that shows new data (the render
 * is queued behind a timer), and a 10,000-referral save then held that frame back for over a
 * second, so the wait starts after a frame.
 */
function whenIdle(task: () => void): { cancel(): void } {
  let isCancelled = false;
  let cancelStep: () => void = () => undefined;
  const run = () => {
    if (!isCancelled) task();
  };
  const afterPaint = () => {
    // A timer queued inside a frame's callback runs after that frame has been painted.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(run, { timeout: 2000 });
        cancelStep = () => cancelIdleCallback(id);
      } else run();
    }, 0);
    cancelStep = () => clearTimeout(timer);
  };
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined') {
    // A hidden tab paints no frames: then the copy is written after a second all the same.
    let isStarted = false;
    const start = () => {
      if (isStarted) return;
      isStarted = true;
      clearTimeout(fallback);
      cancelAnimationFrame(frame);
      afterPaint();
    };
    const frame = requestAnimationFrame(start);
    const fallback = setTimeout(start, 1000);
    cancelStep = () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  } else afterPaint();
  return {
    cancel: () => {
      isCancelled = true;
      cancelStep();
    },
  };
}

export type DeviceCopy = {
  /** Put the copy (if any, and if it is this account's and current) into the query cache. */
  restore(): Promise<void>;
  /** Keep the copy up to date from now on. */
  enable(): Promise<void>;
  /** Stop keeping it, and remove it. */
  disable(): Promise<void>;
  /** Remove it (sign-out); it is written again at the next change while enabled. */
  clear(): Promise<void>;
};

export function createDeviceCopy(options: {
  queryClient: QueryClient;
  accountKey: string;
  throttleMs?: number;
}): DeviceCopy {
  const { queryClient } = options;
  const gate = { isHeld: false };
  const stringPersister = createAsyncStoragePersister({
    storage: storage(gate),
    key: STORAGE_KEY,
    throttleTime: options.throttleMs ?? 1000,
  });
  // Restored and removed through TanStack's persister; written as a Blob built in parts where
  // Blobs can be read back (everywhere but jsdom). Writes are already spaced out by `whenIdle`.
  const persister: Persister = {
    ...stringPersister,
    persistClient: (client) => {
      if (!canStoreBlob()) return stringPersister.persistClient(client);
      return gate.isHeld ? undefined : set(STORAGE_KEY, persistedClientBlob(client), store());
    },
  };
  const common = { queryClient, persister, buster: deviceCopyBuster(options.accountKey) };
  const dehydrateOptions = {
    shouldDehydrateQuery: isKeptOnDevice,
    shouldDehydrateMutation: () => false,
  };
  const listData = () => queryClient.getQueryData<ReferralList>(referralKeys.list({}));
  // The list last written or read: the same list is never written again (the restored copy at
  // start, a delta that changed nothing).
  let saved: ReferralList | undefined;
  let queued: ReturnType<typeof whenIdle> | undefined;
  const writeNow = async () => {
    queued = undefined;
    const list = listData();
    if (!list?.isComplete || list === saved) return;
    saved = list;
    await persistQueryClientSave({ ...common, dehydrateOptions });
    mark('rd:device-copy-saved');
  };
  // Serialising a large list is a long main-thread task: it waits until the page is idle, so it
  // never delays a paint or the next request (docs/decisions/028).
  const save = () => {
    queued ??= whenIdle(() => void writeNow());
  };
  // Only a change of the complete whole list writes the copy (not a page while loading, not
  // every detail fetch or observer).
  const subscribe = () =>
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== wholeListHash) return;
      if (event.action.type !== 'success') return; // a fetch or setQueryData, not the restore
      const list = event.query.state.data as ReferralList | undefined;
      if (!list?.isComplete || list === saved) return;
      gate.isHeld = false;
      save();
    });
  let unsubscribe: (() => void) | undefined;
  return {
    async restore() {
      const before = listData();
      // The list's request need not wait for the restore (new demo data), so the server's list
      // can arrive while the copy is read: that one is not the copy and still has to be written.
      let fromServer: ReferralList | undefined;
      const watch = queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.query.queryHash !== wholeListHash) return;
        if (event.action.type === 'success') fromServer = listData();
      });
      try {
        await persistQueryClientRestore({ ...common, maxAge: MAX_AGE_MS });
        // Only a list that came from the copy counts as written (not one loaded meanwhile).
        const after = listData();
        if (after !== before && after !== fromServer) {
          saved = after;
          mark('rd:device-copy-restored');
        }
      } catch {
        // An unreadable copy is removed by the restore; the list loads from the server.
      } finally {
        watch();
      }
    },
    async enable() {
      if (unsubscribe) return;
      unsubscribe = subscribe();
      gate.isHeld = false;
      await writeNow();
    },
    async disable() {
      queued?.cancel();
      queued = undefined;
      saved = undefined;
      unsubscribe?.();
      unsubscribe = undefined;
      gate.isHeld = true;
      await removeDeviceCopy();
    },
    async clear() {
      // A write already on its way must not bring the copy back.
      gate.isHeld = true;
      saved = undefined;
      await removeDeviceCopy();
    },
  };
}
