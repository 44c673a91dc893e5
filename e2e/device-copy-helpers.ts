import type { Page } from '@playwright/test';

/**
 * Whether the device copy in IndexedDB holds the complete list (kept as UTF-8 bytes,
 * docs/decisions/028). Shared by the demo and the live return-visit journeys.
 */
export const hasStoredCopy = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('referral-desk');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('device-copy')) return resolve(false);
          const get = db.transaction('device-copy').objectStore('device-copy').get('referrals');
          get.onsuccess = () =>
            resolve(
              ArrayBuffer.isView(get.result) &&
                new TextDecoder().decode(get.result).includes('"isComplete":true'),
            );
          get.onerror = () => resolve(false);
        };
      }),
  );
