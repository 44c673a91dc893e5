// Bulk action figure for `npm run bench`: Accept over 100 referrals on the list with 150 ms
// simulated latency (demo fault latency:150). Reports the total time from the click to the result,
// the number of writes sent and the most writes in flight at once (counted around window.fetch,
// which every API call goes through before the demo service worker answers it).

const countWrites = () => {
  const original = window.fetch.bind(window);
  const stats = { started: 0, inFlight: 0, maxInFlight: 0 };
  window.__bulkBench = stats;
  window.fetch = async (input, init) => {
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const isWrite = method === 'PUT' || method === 'PATCH';
    if (isWrite) {
      stats.started += 1;
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    }
    try {
      return await original(input, init);
    } finally {
      if (isWrite) stats.inFlight -= 1;
    }
  };
};

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base the preview server's origin
 */
export async function measureBulk(
  browser,
  base,
  { count = 100, latencyMs = 150, size = 600 } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(countWrites);
  const page = await context.newPage();
  try {
    await page.goto(
      `${base}/referrals?demo-size=${size}&demo-faults=latency:${latencyMs}&stage=new-pending&stage=new-received`,
    );
    await page.waitForFunction(
      () => performance.getEntriesByName('rd:list-complete', 'mark').length > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const rows = page.getByTestId('referral-row');
    await rows.first().waitFor();
    const inView = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="list-count"]')?.textContent ?? '';
      return Number(text.replace(/[^\d]/g, ''));
    });
    if (inView < count) throw new Error(`only ${inView} New referrals at demo-size=${size}`);

    // First row, then Shift+click the count-th (aria-rowindex counts the header as 1).
    await rows.first().getByRole('checkbox').check();
    const last = page.locator(`[data-testid="referral-row"][aria-rowindex="${count + 1}"]`);
    for (let i = 0; i < 50 && !(await last.count()); i += 1) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(50);
    }
    await last.getByRole('checkbox').click({ modifiers: ['Shift'] });
    const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
    await toolbar.getByText(`${count} selected`).waitFor();

    const t0 = await page.evaluate(() => performance.now());
    await toolbar.getByRole('button', { name: 'Accept', exact: true }).click();
    await page
      .getByRole('region', { name: 'Result' })
      .getByText(new RegExp(`^${count} saved, 0 conflicts, 0 skipped, 0 failed$`))
      .waitFor({ timeout: 120_000 });
    const t1 = await page.evaluate(() => performance.now());
    const stats = await page.evaluate(() => window.__bulkBench);
    return {
      totalMs: Math.round(t1 - t0),
      requests: stats.started,
      maxInFlight: stats.maxInFlight,
      latencyMs,
      count,
    };
  } finally {
    await context.close();
  }
}

export function bulkRows(bulk) {
  if (!bulk || bulk.error)
    return [['Bulk accept of 100 (latency 150 ms)', bulk?.error ?? 'n/a', '']];
  return [
    [
      `Bulk accept of ${bulk.count} (latency ${bulk.latencyMs} ms): total`,
      `${bulk.totalMs} ms`,
      '',
    ],
    [`Bulk accept of ${bulk.count}: requests sent`, String(bulk.requests), String(bulk.count)],
    [`Bulk accept of ${bulk.count}: most in flight at once`, String(bulk.maxInFlight), '≤ 4'],
  ];
}
