import type { Referral } from '../domain/referral-schema';
import { shareListById } from './list-sharing';

const referral = (id: string, name = `Deal ${id}`) =>
  ({ id, name, status: 'New', customerProfile: { name: `Customer ${id}` } }) as Referral;
const list = (items: Referral[], extra: Record<string, unknown> = {}) => ({
  items,
  pages: 1,
  isComplete: false,
  ...extra,
});

describe('shareListById', () => {
  test('a page landing in the middle keeps every other row as the same object, in the new order', () => {
    const [a, b, c] = [referral('a'), referral('b'), referral('c')];
    const before = list([a, c]);
    const next = list([a, b, c]);
    const shared = shareListById(before, next);
    expect(shared.items.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(shared.items[0]).toBe(a);
    expect(shared.items[2]).toBe(c);
  });

  test('a changed referral gets the new values and keeps its unchanged parts', () => {
    const old = referral('a');
    const fresh = { ...referral('a', 'Renamed'), customerProfile: { name: 'Customer a' } };
    const shared = shareListById(list([old]), list([fresh]));
    expect(shared.items[0]?.name).toBe('Renamed');
    expect(shared.items[0]?.customerProfile).toBe(old.customerProfile);
  });

  test('the same referrals in new copies give back the old list: nothing renders again', () => {
    const before = list([referral('a'), referral('b')], { syncedThrough: 'x' });
    const again = list([referral('a'), referral('b')], { syncedThrough: 'x' });
    expect(shareListById(before, again)).toBe(before);
  });

  test('progress changes make a new list around the same rows', () => {
    const items = [referral('a')];
    const before = list(items);
    const shared = shareListById(before, list([...items], { isComplete: true }));
    expect(shared).not.toBe(before);
    expect(shared.items).toBe(items);
    expect(shared.isComplete).toBe(true);
  });

  test('anything that is not a list passes through', () => {
    const next = list([referral('a')]);
    expect(shareListById(undefined, next)).toBe(next);
    expect(shareListById({ other: 1 }, next)).toBe(next);
  });
});
