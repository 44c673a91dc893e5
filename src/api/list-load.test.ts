import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { testSimulator } from '../mocks/node';
import { createHttpClient } from './http-client';
import { getReferralsInParallel } from './list-load';
import type { ReferralApi } from './referrals';

// The pager's chunk, replaced: a list that fits on one page must never need it, a longer one
// hands it the first page as read (docs/decisions/062).
const continueInParallel = vi.fn();
vi.mock('./parallel-pager', () => ({
  continueInParallel: (...args: unknown[]) => continueInParallel(...args) as unknown,
}));

function api(): ReferralApi {
  return {
    http: createHttpClient({ baseUrl: PARTNER_REFERRALS_URL, timeoutMs: 5000 }),
    writeMethod: 'put',
  };
}

beforeEach(() => continueInParallel.mockReset());

describe('getReferralsInParallel (the first page, then the pager)', () => {
  test('a list that fits on one page is complete without the pager', async () => {
    testSimulator.reset({ size: 40 });
    const progress: { items: number; isComplete: boolean }[] = [];
    const items = await getReferralsInParallel(
      api(),
      {},
      { onProgress: (p) => progress.push({ items: p.items.length, isComplete: p.isComplete }) },
    );
    expect(items).toHaveLength(40);
    expect(progress).toEqual([{ items: 40, isComplete: true }]);
    expect(continueInParallel).not.toHaveBeenCalled();
  });

  test('a longer list: the pager goes on from the first page, with its next link and the filter', async () => {
    testSimulator.reset({ size: 250 });
    continueInParallel.mockResolvedValue([]);
    const before = Date.now();
    await getReferralsInParallel(api(), { status: 'New' }, { pageSize: 50 });
    expect(continueInParallel).toHaveBeenCalledTimes(1);
    const [, filter, options, first] = continueInParallel.mock.calls[0] as [
      unknown,
      unknown,
      unknown,
      {
        envelope: { value: unknown[]; '@odata.nextLink'?: string };
        askedAt: number;
        throttle: { pausedUntil: number };
      },
    ];
    expect(filter).toEqual({ status: 'New' });
    expect(options).toEqual({ pageSize: 50 });
    expect(first.envelope.value).toHaveLength(50);
    expect(first.envelope['@odata.nextLink']).toContain('$skiptoken=');
    expect(first.askedAt).toBeGreaterThanOrEqual(before);
    expect(first.throttle).toEqual({ pausedUntil: 0 });
  });
});
