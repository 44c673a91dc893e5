// Code injected into the page before the app starts: records paint times after DOM changes and
// long tasks, so the bench can measure "data available → rows painted" without touching the app.
export const probeScript = () => {
  const probe = { longTasks: [], paints: [] };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask is Chromium-only; the bench runs there.
  }
  let scheduled = false;
  const start = () =>
    new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      const mutatedAt = performance.now();
      // rAF runs before the paint; a task queued from it runs after the frame is painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.paints.push({ mutatedAt, paintedAt: performance.now() });
          scheduled = false;
        }, 0),
      );
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
};

/** In the page: the first paint after the mark `name`, in ms from the mark. */
export const paintAfterMark = (name) => {
  const mark = performance.getEntriesByName(name, 'mark').at(-1);
  if (!mark) return null;
  const paint = window.__benchProbe.paints.find((p) => p.mutatedAt >= mark.startTime);
  return paint ? paint.paintedAt - mark.startTime : null;
};
