import { createBrowserHistory, createMemoryHistory, type HistoryUpdate } from './history';

const popped = () =>
  new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

describe('createBrowserHistory', () => {
  test('push and replace write the address; Back reports how far it went', async () => {
    window.history.replaceState(null, '', '/start');
    const history = createBrowserHistory();
    const seen: string[] = [];
    history.listen(({ action, location, delta }: HistoryUpdate) =>
      seen.push(`${action} ${location.pathname}${location.search} ${delta ?? ''}`.trim()),
    );
    history.push('/referrals?stage=new-pending', { from: 'test' });
    const pushedKey = history.location.key;
    history.push('/referrals/42');
    history.replace('/referrals/43');
    expect(window.location.pathname).toBe('/referrals/43');
    expect(history.location.key).not.toBe('');

    const back = popped();
    history.go(-1);
    await back;
    expect(history.location).toMatchObject({
      pathname: '/referrals',
      search: '?stage=new-pending',
    });
    expect(history.location).toMatchObject({ key: pushedKey, state: { from: 'test' } });
    const forward = popped();
    history.go(1);
    await forward;
    expect(seen).toEqual([
      'PUSH /referrals?stage=new-pending',
      'PUSH /referrals/42',
      'REPLACE /referrals/43',
      'POP /referrals?stage=new-pending -1',
      'POP /referrals/43 1',
    ]);
  });
});

describe('createMemoryHistory', () => {
  test('resolves relative paths and clamps steps to its entries', () => {
    const history = createMemoryHistory(['/a', '/b/c']);
    history.push('d?x=1');
    expect(history.location).toMatchObject({ pathname: '/b/d', search: '?x=1' });
    history.go(-5);
    expect(history.location.pathname).toBe('/a');
    history.push('/e');
    history.go(1); // the entries after /a were dropped by the push
    expect(history.location.pathname).toBe('/e');
    expect(history.action).toBe('PUSH');
  });
});
