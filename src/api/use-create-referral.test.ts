import { createRequestIdKeeper } from './use-create-referral';

const body = (name: string) => ({
  type: 'Independent' as const,
  name,
  customerProfile: { name: 'Contoso' },
  consent: {},
  details: { dealValue: 1 },
});

test('the same submission again keeps its MS-RequestId; a different one gets a new id', () => {
  let n = 0;
  const idFor = createRequestIdKeeper(() => `id-${++n}`);
  expect(idFor(body('A'))).toBe('id-1');
  expect(idFor(body('A'))).toBe('id-1'); // retried after a network error
  expect(idFor(body('B'))).toBe('id-2'); // the user changed something
  expect(idFor(body('A'))).toBe('id-3'); // a new submission, even if it repeats an older one
});
