import {
  STAGES,
  checkApiMove,
  isValidPair,
  offeredStages,
  stageOf,
  stagePair,
  type StageId,
  type StagePair,
} from './status-machine';

/**
 * The expected tables are written out from the spec (2.1 move matrix) and Partner Center's
 * workflow, not computed with the code under test.
 */

const ORDER: readonly StageId[] = [
  'new-pending',
  'new-received',
  'active-accepted',
  'closed-won',
  'closed-lost',
  'closed-declined',
  'closed-expired',
];

// ok: accepted; back: a backwards status move; exp: Expired set by a client.
type Verdict = 'ok' | 'back' | 'exp';
const ok = 'ok';
const back = 'back';
const exp = 'exp';

/** Rows: saved stage; columns: requested stage, both in ORDER. */
const API_MOVES: Record<StageId, readonly Verdict[]> = {
  //                  NP    NR    AA    CW    CL    CD    CE
  'new-pending': [ok, ok, ok, ok, ok, ok, exp],
  'new-received': [ok, ok, ok, ok, ok, ok, exp],
  'active-accepted': [back, back, ok, ok, ok, ok, exp],
  'closed-won': [back, back, back, ok, ok, ok, exp],
  'closed-lost': [back, back, back, ok, ok, ok, exp],
  'closed-declined': [back, back, back, ok, ok, ok, exp],
  'closed-expired': [back, back, back, ok, ok, ok, ok], // staying Expired is no change
};

const y = true;
const n = false;
const OFFERED: Record<StageId, readonly boolean[]> = {
  //                  NP NR AA CW CL CD CE
  'new-pending': [y, y, y, n, n, y, n],
  'new-received': [y, y, y, n, n, y, n],
  'active-accepted': [n, n, y, y, y, n, n],
  'closed-won': [n, n, n, n, n, n, n],
  'closed-lost': [n, n, n, n, n, n, n],
  'closed-declined': [n, n, n, n, n, n, n],
  'closed-expired': [n, n, n, n, n, n, n],
};

const RULE_OF: Record<Exclude<Verdict, 'ok'>, string> = {
  back: 'status-move',
  exp: 'expired-by-client',
};

function cells<T>(table: Record<StageId, readonly T[]>) {
  return ORDER.flatMap((from) =>
    ORDER.map((to, i) => ({ from, to, expected: table[from][i] as T })),
  );
}

describe('checkApiMove: the API rule (spec 2.1, B11, B12)', () => {
  test.each(cells(API_MOVES))('$from → $to: $expected', ({ from, to, expected }) => {
    const verdict = checkApiMove(stagePair(from), stagePair(to));
    if (expected === 'ok') expect(verdict).toEqual({ ok: true });
    else expect(verdict).toMatchObject({ ok: false, rule: RULE_OF[expected] });
  });

  const closed = ORDER.filter((s) => s.startsWith('closed-'));
  test.each(closed.flatMap((from) => ORDER.map((to) => ({ from, to }))))(
    'frozen Closed: $from → $to is allowed only when nothing moves',
    ({ from, to }) => {
      const verdict = checkApiMove(stagePair(from), stagePair(to), { isClosedFrozen: true });
      expect(verdict.ok).toBe(from === to);
    },
  );

  test.each<[StagePair, StagePair]>([
    [
      { status: 'New', substatus: 'Pending' },
      { status: 'New', substatus: 'Accepted' },
    ],
    [
      { status: 'New', substatus: 'Pending' },
      { status: 'Active', substatus: 'Won' },
    ],
    [
      { status: 'Active', substatus: 'Accepted' },
      { status: 'Closed', substatus: 'Pending' },
    ],
    [
      { status: 'New', substatus: 'Pending' },
      { status: 'None', substatus: 'None' },
    ],
  ])('an invalid pair is rejected: %o → %o', (from, to) => {
    expect(checkApiMove(from, to)).toMatchObject({ ok: false, rule: 'invalid-pair' });
  });

  test('the message names the rule, as in error-400-invalid-transition.json', () => {
    const verdict = checkApiMove(stagePair('active-accepted'), stagePair('new-pending'));
    expect(verdict).toMatchObject({
      message:
        "Status 'Active' with substatus 'Accepted' cannot move to status 'New'. Allowed statuses from 'Active': Active, Closed.",
    });
  });
});

describe('offeredStages: the moves the UI offers', () => {
  test.each(cells(OFFERED))('$from offers $to: $expected', ({ from, to, expected }) => {
    expect(offeredStages(from).includes(to)).toBe(expected);
  });

  test.each(ORDER)('every move offered from %s is one the API accepts', (from) => {
    for (const to of offeredStages(from)) {
      expect(checkApiMove(stagePair(from), stagePair(to)).ok).toBe(true);
    }
  });
});

describe('stages', () => {
  test('the seven valid pairs, in board order', () => {
    expect(STAGES.map((s) => `${s.status}/${s.substatus}`)).toEqual([
      'New/Pending',
      'New/Received',
      'Active/Accepted',
      'Closed/Won',
      'Closed/Lost',
      'Closed/Declined',
      'Closed/Expired',
    ]);
  });

  test.each([
    [{ status: 'New', substatus: 'Won' }, undefined],
    [{ status: 'Closed', substatus: 'Expired' }, 'closed-expired'],
    [{ status: 'None', substatus: 'None' }, undefined],
  ] as const)('stageOf(%o) is %s', (pair, expected) => {
    expect(stageOf(pair)).toBe(expected);
    expect(isValidPair(pair)).toBe(expected !== undefined);
  });
});
