import { act, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { Referral } from '../domain/referral-schema';
import { scopeCounts, type ScopeContext, type ScopeId } from '../domain/scopes';
import { testSimulator } from '../mocks/node';
import { renderWithProviders } from '../test/render';
import { COUNT_WITH_ROWS_LIMIT, useScopeContext, useScoped } from './use-scopes';

type Seen = { rows: number; counts: Record<ScopeId, number> | undefined; ctx: ScopeContext };

/** Records what every render of the hook returned. */
function renderScoped(initial: readonly Referral[] | undefined) {
  const seen: Seen[] = [];
  let setItems: (items: readonly Referral[] | undefined) => void = () => undefined;
  function Probe() {
    const [items, set] = useState(initial);
    setItems = set;
    const { scoped, counts } = useScoped(items, []);
    seen.push({ rows: scoped.length, counts, ctx: useScopeContext() });
    return null;
  }
  renderWithProviders(<Probe />);
  return { seen, setItems: (items: readonly Referral[] | undefined) => setItems(items) };
}

describe('useScoped', () => {
  test('a list of up to 1,000 is counted in the same render that draws its rows', () => {
    testSimulator.reset({ size: 40 });
    const items = testSimulator.all();
    const { seen, setItems } = renderScoped(undefined);
    expect(seen.at(-1)).toMatchObject({ rows: 0, counts: undefined });
    act(() => setItems(items));
    const firstWithRows = seen.find((s) => s.rows === 40);
    expect(firstWithRows?.counts).toEqual(scopeCounts(items, firstWithRows?.ctx as ScopeContext));
  });

  test('a longer list that is there at mount draws the rows first and counts them a render later', async () => {
    testSimulator.reset({ size: COUNT_WITH_ROWS_LIMIT + 1 });
    const items = testSimulator.all();
    const { seen } = renderScoped(items);
    // The first render has every row but no counts yet (a restored 10,000 is drawn sooner).
    expect(seen[0]).toMatchObject({ rows: COUNT_WITH_ROWS_LIMIT + 1, counts: undefined });
    await waitFor(() => expect(seen.at(-1)?.counts).toBeDefined());
    const last = seen.at(-1);
    expect(last?.counts).toEqual(scopeCounts(items, last?.ctx as ScopeContext));
  });

  test('a longer list that arrives after the mount is counted once it is drawn', async () => {
    testSimulator.reset({ size: COUNT_WITH_ROWS_LIMIT + 1 });
    const items = testSimulator.all();
    const { seen, setItems } = renderScoped(undefined);
    expect(seen.at(-1)).toMatchObject({ rows: 0, counts: undefined });
    // Nothing to count yet: no second render for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(1);
    act(() => setItems(items));
    await waitFor(() => expect(seen.at(-1)?.counts).toBeDefined());
    const firstWithRows = seen.find((s) => s.rows === COUNT_WITH_ROWS_LIMIT + 1);
    expect(firstWithRows?.counts).toBeUndefined();
    const last = seen.at(-1);
    expect(last?.counts).toEqual(scopeCounts(items, last?.ctx as ScopeContext));
  });
});
