import type { Page } from '@playwright/test';

/**
 * Whether the device copy in IndexedDB holds the complete list (kept as a Blob,
 * docs/decisions/043). Shared by the demo and the live return-visit journeys.
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
          get.onsuccess = () => {
            const value: unknown = get.result;
            if (!(value instanceof Blob)) return resolve(false);
            void value.text().then(
              (text) => resolve(text.includes('"isComplete":true')),
              () => resolve(false),
            );
          };
          get.onerror = () => resolve(false);
        };
      }),
  );
