import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';

/** Narrowest chart drawn (jsdom, which lays nothing out, gets this too). */
export const MIN_CHART_WIDTH = 240;

/** The width every chart is drawn at: all figure cards sit in equal grid columns. */
export const ChartWidthContext = createContext<number | null>(null);

export function useChartWidth(): number | null {
  return useContext(ChartWidthContext);
}

// Kept equal to `.figures` and `.figure-card` in insights.css: a column is at least 30rem,
// columns are 1rem apart, a card has a 1px border and 0.75rem padding.
const COLUMN_MIN_REM = 30;
const GAP_REM = 1;
const CARD_INSET_REM = 0.75;
const CARD_BORDER_PX = 1;

/**
 * How many columns a `.figures` grid `gridWidth` wide has, as the grid's CSS lays it out
 * (`repeat(auto-fit, minmax(min(100%, 30rem), 1fr))`); 1 when nothing is laid out. Pure.
 */
export function gridColumns(gridWidth: number, remPx: number): number {
  const gap = GAP_REM * remPx;
  const min = Math.min(gridWidth, COLUMN_MIN_REM * remPx);
  return min > 0 ? Math.max(1, Math.floor((gridWidth + gap) / (min + gap))) : 1;
}

/** A card body's width in a `.figures` grid `gridWidth` wide (see `gridColumns`). Pure. */
export function cardBodyWidth(gridWidth: number, remPx: number): number {
  const gap = GAP_REM * remPx;
  const columns = gridColumns(gridWidth, remPx);
  const column = (gridWidth - (columns - 1) * gap) / columns;
  return Math.floor(column - 2 * (CARD_INSET_REM * remPx + CARD_BORDER_PX));
}

/**
 * The charts' width, known before the first chart is drawn: while the list loads the grid is
 * empty, so reading its width lays out a small page, and the charts are then drawn once, at their
 * width, in the commit that brings the figures (no render without charts, no second render after
 * a measurement over the full page). After that commit the first card body is measured; a different
 * width (a scroll bar that came with the figures) redraws the charts before the paint. A
 * ResizeObserver follows the grid; an unchanged width renders nothing again. Also returns the
 * grid's columns: the cards of its first row are the ones on the first screen.
 */
export function useGridChartWidth<T extends HTMLElement>(hasFigures: boolean) {
  const ref = useRef<T>(null);
  const [layout, setLayout] = useState<{ width: number; columns: number } | null>(null);
  const current = useRef<string>('');

  useLayoutEffect(() => {
    const grid = ref.current;
    if (!grid) return;
    const measure = () => {
      const body = grid.querySelector('.figure-body');
      const gridWidth = grid.clientWidth;
      // Nothing laid out (jsdom): no style to read either.
      const remPx =
        gridWidth > 0 ? parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 : 16;
      const measured =
        body instanceof HTMLElement
          ? body.clientWidth
          : gridWidth > 0
            ? cardBodyWidth(gridWidth, remPx)
            : 0;
      const width = Math.max(MIN_CHART_WIDTH, Math.floor(measured));
      const columns = gridColumns(gridWidth, remPx);
      const key = `${width}/${columns}`;
      if (key === current.current) return;
      current.current = key;
      setLayout({ width, columns });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
    // Measured again once the figures are in: the scroll bar they bring may narrow the grid.
  }, [hasFigures]);

  return [ref, layout?.width ?? null, layout?.columns ?? 1] as const;
}
