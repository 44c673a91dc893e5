import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@lingui/react';
import { createStore, get, set } from 'idb-keyval';
import { referralKeys, type ReferralList } from '../../api/referral-queries';
import type { Referral } from '../../domain/referral-schema';
import { AccountMenu } from '../auth/account-menu';
import type { Auth } from '../auth/msal-auth';
import type { PersistedClient } from '@tanstack/query-persist-client-core';
import { createTestI18n } from '../../test/test-i18n';
import {
  createDeviceCopy,
  deviceCopyBuster,
  persistedClientBlob,
  removeDeviceCopy,
} from './device-copy';
import { mayHaveDeviceCopy, setDeviceCopyController } from './device-copy-choice';

const idb = () => createStore('referral-desk', 'device-copy');

// jsdom's Blob does not survive fake-indexeddb's structured clone; Node's does, as a browser's.
const jsdomBlob = globalThis.Blob;
beforeAll(() => {
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
});
afterAll(() => {
  globalThis.Blob = jsdomBlob;
});
/** The stored copy as text (a Blob in browsers; a string where Blobs cannot be read back). */
const stored = async () => {
  const value = await get<unknown>('referrals', idb());
  if (value === undefined) return undefined;
  // Duck-typed: IndexedDB may hand back another realm's Blob.
  if (typeof (value as Blob).text === 'function') return (value as Blob).text();
  expect(typeof value).toBe('string');
  return value as string;
};
const waitForWrite = async () => {
  for (let i = 0; i < 50 && !(await stored()); i += 1) await new Promise((r) => setTimeout(r, 10));
};

const referral = (id: string) =>
  ({ id, name: `Deal ${id}`, status: 'New', substatus: 'Pending', eTag: `"${id}"` }) as Referral;
const completeList: ReferralList = {
  items: [referral('a'), referral('b')],
  pages: 0,
  isComplete: true,
  isOpenComplete: true,
  syncedThrough: '2026-11-20T10:00:00Z',
  fullAt: Date.parse('2026-11-24T12:00:00Z'),
};

/** A client holding the complete list and the copy kept for `accountKey`. */
async function keepCopy(accountKey: string) {
  const queryClient = new QueryClient();
  const copy = createDeviceCopy({ queryClient, accountKey, throttleMs: 0 });
  await copy.enable();
  queryClient.setQueryData(referralKeys.list({}), completeList);
  await waitForWrite();
  return { queryClient, copy };
}

async function restoreAs(accountKey: string) {
  const queryClient = new QueryClient();
  await createDeviceCopy({ queryClient, accountKey, throttleMs: 0 }).restore();
  return queryClient.getQueryData<ReferralList>(referralKeys.list({}));
}

afterEach(async () => {
  window.__referralDeskCopy = undefined;
  setDeviceCopyController(undefined);
  await removeDeviceCopy();
});

describe('the on-device copy', () => {
  test('a complete list comes back on the next visit of the same account', async () => {
    await keepCopy('entra:luke@contoso.com');
    const restored = await restoreAs('entra:luke@contoso.com');
    expect(restored?.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(restored?.syncedThrough).toBe(completeList.syncedThrough);
  });

  test.each([
    ['UTF-8 bytes (session 4)', (text: string) => new TextEncoder().encode(text)],
    ['a string (session 3)', (text: string) => text],
  ])('a copy an earlier version stored as %s is still read', async (_, encode) => {
    await keepCopy('demo');
    const text = await stored();
    expect(typeof (await get<Blob>('referrals', idb()))?.text).toBe('function');
    await set('referrals', encode(text ?? ''), idb());
    expect((await restoreAs('demo'))?.items.map((r) => r.id)).toEqual(['a', 'b']);
  });

  test('a long list is written in parts and reads back whole, whatever its characters', async () => {
    const items = Array.from({ length: 1234 }, (_, i) => ({
      ...referral(`r${i}`),
      name: `Şirket ğüı "${i}" \\ ✓`,
      // A field named like the list's own does not confuse the writer.
      details: { items: [i] },
    })) as Referral[];
    const list: ReferralList = { ...completeList, items };
    const client = {
      timestamp: 1,
      buster: 'b',
      clientState: {
        mutations: [],
        queries: [{ queryKey: ['referrals', 'list', {}], state: { data: list } }],
      },
    } as unknown as PersistedClient;
    const text = await persistedClientBlob(client).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(client)));
    // Every character outside ASCII is escaped (an ASCII copy reads back faster).
    expect(text).not.toMatch(/[^ -~]/); // printable ASCII only (JSON escapes the rest)
    expect(text).toContain('\\u015ei'); // the "Şi" of "Şirket"
  });

  test('another account never sees it, and it is removed', async () => {
    await keepCopy('entra:luke@contoso.com');
    expect(await restoreAs('entra:leia@contoso.com')).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  test('a copy written by an app with another format or referral schema is discarded', async () => {
    await keepCopy('demo');
    const copy = JSON.parse((await stored()) ?? '{}') as { buster: string };
    expect(copy.buster).toBe(deviceCopyBuster('demo'));
    await set('referrals', JSON.stringify({ ...copy, buster: `0|id,name,status|demo` }), idb());
    expect(await restoreAs('demo')).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  test('holds only the complete unfiltered list: no details, no filtered lists, no tokens', async () => {
    const { queryClient } = await keepCopy('demo');
    queryClient.setQueryData(referralKeys.detail('a'), referral('a'));
    queryClient.setQueryData(referralKeys.list({ status: 'New' }), completeList);
    queryClient.setQueryData(referralKeys.list({}), { ...completeList, items: [referral('c')] });
    await new Promise((r) => setTimeout(r, 50));
    const text = (await stored()) ?? '';
    const copy = JSON.parse(text) as { clientState: { queries: { queryKey: unknown }[] } };
    expect(copy.clientState.queries.map((q) => q.queryKey)).toEqual([referralKeys.list({})]);
    expect(text).toContain('Deal c');
    expect(text).not.toMatch(/bearer|authorization|accessToken|idToken/i);
  });

  test('a list still loading is not kept', async () => {
    const queryClient = new QueryClient();
    await createDeviceCopy({ queryClient, accountKey: 'demo', throttleMs: 0 }).enable();
    queryClient.setQueryData(referralKeys.list({}), { ...completeList, isComplete: false });
    await new Promise((r) => setTimeout(r, 50));
    const copy = JSON.parse((await stored()) ?? '{}') as { clientState?: { queries: unknown[] } };
    expect(copy.clientState?.queries ?? []).toEqual([]);
  });

  test('switched on with no copy yet, the list already loaded is written at once', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(referralKeys.list({}), completeList);
    const copy = createDeviceCopy({ queryClient, accountKey: 'demo', throttleMs: 0 });
    await copy.restore();
    await copy.enable();
    await waitForWrite();
    expect(await stored()).toContain('Deal b');
  });

  test('a list the server completes while the empty copy is being read is still written', async () => {
    // New demo data does not wait for the copy (main.tsx): the list can arrive during the restore.
    const queryClient = new QueryClient();
    const copy = createDeviceCopy({ queryClient, accountKey: 'demo', throttleMs: 0 });
    const restoring = copy.restore();
    queryClient.setQueryData(referralKeys.list({}), completeList);
    await restoring;
    await copy.enable();
    await waitForWrite();
    expect(await stored()).toContain('Deal b');
  });

  test('a restored copy is not written again until the list changes', async () => {
    await keepCopy('demo');
    const before = await stored(); // its timestamp changes with every write
    await new Promise((r) => setTimeout(r, 20));
    const queryClient = new QueryClient();
    const copy = createDeviceCopy({ queryClient, accountKey: 'demo', throttleMs: 0 });
    await copy.restore();
    await copy.enable();
    await new Promise((r) => setTimeout(r, 50));
    expect(await stored()).toBe(before);
    const restored = queryClient.getQueryData<ReferralList>(referralKeys.list({}));
    queryClient.setQueryData(referralKeys.list({}), {
      ...completeList,
      items: [...(restored?.items ?? []), referral('c')],
    });
    await vi.waitFor(async () => expect(await stored()).toContain('Deal c'));
  });

  test('the copy route-preload.js read at load is restored, and only once', async () => {
    await keepCopy('demo');
    const text = await stored();
    await removeDeviceCopy();
    window.__referralDeskCopy = Promise.resolve(text);
    expect((await restoreAs('demo'))?.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(window.__referralDeskCopy).toBeUndefined();
    // Nothing stored and nothing read early: nothing to restore.
    expect(await restoreAs('demo')).toBeUndefined();
  });

  test('a copy read at load is dropped when the copy is cleared before the restore', async () => {
    const { copy } = await keepCopy('demo');
    window.__referralDeskCopy = Promise.resolve(await stored());
    await copy.clear();
    expect(window.__referralDeskCopy).toBeUndefined();
    expect(await restoreAs('demo')).toBeUndefined();
  });

  test('an early read that found nothing falls back to reading the copy', async () => {
    await keepCopy('demo');
    window.__referralDeskCopy = Promise.resolve(undefined);
    expect((await restoreAs('demo'))?.items.map((r) => r.id)).toEqual(['a', 'b']);
  });

  test('whether a copy may wait to be restored: only an early read that found none says no', async () => {
    window.__referralDeskCopy = undefined;
    expect(await mayHaveDeviceCopy()).toBe(true); // not looked for at load: there may be one
    window.__referralDeskCopy = Promise.resolve(undefined);
    expect(await mayHaveDeviceCopy()).toBe(false); // route-preload.js found none
    window.__referralDeskCopy = Promise.reject(new Error('read failed'));
    expect(await mayHaveDeviceCopy()).toBe(true);
    // Asking does not take the early read: the restore still gets it.
    await keepCopy('demo');
    const text = await stored();
    await removeDeviceCopy();
    window.__referralDeskCopy = Promise.resolve(text);
    expect(await mayHaveDeviceCopy()).toBe(true);
    expect((await restoreAs('demo'))?.items.map((r) => r.id)).toEqual(['a', 'b']);
  });

  test('switching it off removes it', async () => {
    const { copy } = await keepCopy('demo');
    await copy.disable();
    expect(await stored()).toBeUndefined();
  });

  test('signing out removes the copy before the account goes', async () => {
    const { copy } = await keepCopy('entra:luke@contoso.com');
    setDeviceCopyController(copy);
    let copyAtSignOut: string | undefined = 'not signed out';
    const auth: Auth = {
      account: () => ({ name: 'Luke Johnson', username: 'luke@contoso.com' }),
      getToken: () => Promise.resolve('t'),
      reauthenticate: () => Promise.resolve(false),
      signIn: () => Promise.resolve(),
      signOut: async () => {
        copyAtSignOut = await stored();
      },
    };
    render(
      <I18nProvider i18n={createTestI18n('en')}>
        <AccountMenu auth={auth} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(copyAtSignOut).toBeUndefined());
    expect(await stored()).toBeUndefined();
  });
});
