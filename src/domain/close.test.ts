import { closeChanges, closeOutcomesFor, composeStatusReason } from './close';
import { STAGE_IDS } from './status-machine';

describe('closing', () => {
  test.each(STAGE_IDS.map((s) => [s]))('outcomes offered from %s', (stage) => {
    const expected: Record<string, string[]> = {
      'new-pending': ['closed-declined'],
      'new-received': ['closed-declined'],
      'active-accepted': ['closed-won', 'closed-lost'],
    };
    expect(closeOutcomesFor(stage)).toEqual(expected[stage] ?? []);
  });

  test('the reason text joins the preset and the free text', () => {
    expect(composeStatusReason('Price', ' 3-year deal ')).toBe('Price: 3-year deal');
    expect(composeStatusReason('Price', '')).toBe('Price');
    expect(composeStatusReason('', 'only text')).toBe('only text');
  });

  test('a won close carries the confirmed deal value', () => {
    expect(closeChanges({ outcome: 'closed-won', statusReason: 'Price', dealValue: 42 })).toEqual({
      status: 'Closed',
      substatus: 'Won',
      statusReason: 'Price',
      details: { dealValue: 42 },
    });
    expect(closeChanges({ outcome: 'closed-declined', statusReason: 'No budget' })).toEqual({
      status: 'Closed',
      substatus: 'Declined',
      statusReason: 'No budget',
    });
  });
});
