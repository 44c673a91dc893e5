import { parseReferralPage, readReferral } from './referral-page';

const good = { id: 'r-1', name: 'Deal', status: 'New', substatus: 'Pending' };

describe('parseReferralPage', () => {
  test.each([
    ['an unknown status', { ...good, status: 'Frozen' }, 'status', '"Frozen"'],
    ['an unknown substatus', { ...good, substatus: 'OnHold' }, 'substatus', '"OnHold"'],
    [
      'a null id inside a tag',
      { ...good, details: { requirements: { products: [{ id: null }] } } },
      'details.requirements.products.0.id',
      'null',
    ],
    ['no id at all', { name: 'x', status: 'New', substatus: 'Pending' }, 'id', 'undefined'],
    ['not an object', 42, '', '42'],
  ])('%s is unreadable, shown as sent', (_, item, path, found) => {
    const page = parseReferralPage({ value: [good, item, { ...good, id: 'r-2' }] });
    expect(page.items.map((r) => r.id)).toEqual(['r-1', 'r-2']);
    expect(page.unreadable).toHaveLength(1);
    expect(page.unreadable[0]).toMatchObject({ path, found });
  });

  test('unknown enum values are kept exactly as sent', () => {
    const read = readReferral({ ...good, id: 'r-9', status: 'Frozen', substatus: 'Thawing' });
    expect(read).toEqual({
      unreadable: expect.objectContaining({
        id: 'r-9',
        name: 'Deal',
        status: 'Frozen',
        substatus: 'Thawing',
      }) as unknown,
    });
  });

  test('long values are cut short; the next link is passed on', () => {
    const page = parseReferralPage({
      value: [{ ...good, status: 'x'.repeat(5000) }],
      '@odata.nextLink': 'https://api.test/next',
    });
    expect(page.unreadable[0]?.found.length).toBeLessThan(200);
    expect(page.nextLink).toBe('https://api.test/next');
  });
});
