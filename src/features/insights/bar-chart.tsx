import { AxisBottom, type AxisScale, type TicksRendererProps } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useLocation } from 'wouter';
import type { MouseEvent } from 'react';

export type ChartBar = {
  /** CSS class of the series (its colour comes from styles, so dark mode follows the theme). */
  series: string;
  value: number;
  /** The value as the locale writes it, shown at the end of the bar. */
  valueText: string;
  /** What a screen reader says for the bar's link. */
  label: string;
  href: string | null;
};
export type ChartRow = { key: string; label: string; bars: ChartBar[] };

const BAR_HEIGHT = 16;
const BAR_GAP = 3;
const LABEL_HEIGHT = 18;
const ROW_GAP = 10;
const AXIS_HEIGHT = 26;
const VALUE_ROOM = 112;

/**
 * Horizontal bars, each row's label above its bars so a 360 px phone keeps full-width bars and
 * whole labels. A bar with a list address is a link (focusable, Enter opens the list). The axis is
 * visx's, with its tick labels as plain SVG text: visx's own label component measures each word to
 * wrap it, which a number never needs (docs/decisions/026).
 */
export function BarChart({
  rows,
  width,
  formatTick,
  max,
  labelledBy,
  reference,
}: {
  rows: ChartRow[];
  width: number;
  formatTick: (value: number) => string;
  /** Axis end; the largest value when left out. */
  max?: number;
  labelledBy: string;
  /** A vertical reference line (e.g. the 24-hour target). */
  reference?: { value: number; label: string };
}) {
  const [, navigate] = useLocation();
  const plotWidth = Math.max(120, width - VALUE_ROOM);
  const largest = Math.max(
    max ?? 0,
    reference?.value ?? 0,
    ...rows.flatMap((row) => row.bars.map((bar) => bar.value)),
  );
  const x = scaleLinear<number>({ domain: [0, largest || 1], range: [0, plotWidth], nice: true });
  const rowHeight = (row: ChartRow) =>
    LABEL_HEIGHT + row.bars.length * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const offsets: number[] = [];
  let y = 0;
  for (const row of rows) {
    offsets.push(y);
    y += rowHeight(row);
  }
  const height = y + AXIS_HEIGHT;
  const handleClick = (event: MouseEvent, href: string) => {
    event.preventDefault();
    navigate(href);
  };
  return (
    // Below the fold the browser skips this chart's style, layout and paint until it comes near
    // the screen (`content-visibility: auto` in insights.css); its height is known, so the page
    // is as long as when it is drawn and nothing moves when it is.
    <div className="chart-view" style={{ containIntrinsicBlockSize: `auto ${height}px` }}>
      <svg
        className="bar-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={labelledBy}
      >
        {rows.map((row, index) => (
          <Group key={row.key} top={offsets[index]}>
            <text className="bar-label" x={0} y={13} aria-hidden="true">
              {row.label}
            </text>
            {row.bars.map((bar, barIndex) => {
              const top = LABEL_HEIGHT + barIndex * (BAR_HEIGHT + BAR_GAP);
              const barWidth = Math.max(bar.value > 0 ? 2 : 0, x(bar.value));
              const shape = (
                <>
                  <Bar
                    className={`bar ${bar.series}`}
                    x={0}
                    y={top}
                    width={barWidth}
                    height={BAR_HEIGHT}
                    rx={2}
                  />
                  <text className="bar-value" x={barWidth + 4} y={top + 12} aria-hidden="true">
                    {bar.valueText}
                  </text>
                </>
              );
              return bar.href ? (
                <a
                  key={bar.series}
                  href={bar.href}
                  aria-label={bar.label}
                  className="bar-link"
                  onClick={(event) => handleClick(event, bar.href ?? '')}
                >
                  {shape}
                </a>
              ) : (
                <g key={bar.series} role="img" aria-label={bar.label}>
                  {shape}
                </g>
              );
            })}
          </Group>
        ))}
        {reference && (
          <g className="chart-reference" aria-hidden="true">
            <line x1={x(reference.value)} x2={x(reference.value)} y1={0} y2={y} />
            <text x={x(reference.value) + 3} y={y - 2}>
              {reference.label}
            </text>
          </g>
        )}
        <g aria-hidden="true">
          <AxisBottom
            top={y}
            scale={x}
            numTicks={Math.max(2, Math.floor(plotWidth / 90))}
            tickFormat={(value) => formatTick(Number(value))}
            axisClassName="chart-axis"
            ticksComponent={ChartTicks}
          />
        </g>
      </svg>
    </div>
  );
}

/**
 * visx's ticks (values, places, formatted labels) drawn with fewer elements: every tick mark in
 * one path instead of a group and a line per tick, and each label as plain SVG text, placed where
 * visx's own tick renderer puts it (visx's default label measures each word to wrap it, which a
 * number never needs). About a third fewer SVG elements on the page (docs/decisions/049).
 */
function ChartTicks({ ticks, tickLabelProps, hideTicks }: TicksRendererProps<AxisScale>) {
  return (
    <g className="chart-tick">
      {!hideTicks && (
        <path
          className="chart-tick-marks"
          strokeLinecap="square"
          d={ticks.map(({ from, to }) => `M${from.x},${from.y}V${to.y}`).join('')}
        />
      )}
      {ticks.map(({ value, index, to, formattedValue }) => {
        const fontSize = tickLabelProps[index]?.fontSize;
        // As visx's Ticks: below a bottom axis a label sits one font size (10 at least) lower.
        const lower = Math.max(10, typeof fontSize === 'number' ? fontSize : 0);
        return (
          <text
            key={`${String(value)}-${index}`}
            // The bench reads when every chart was painted from each chart's first tick label.
            {...(index === 0 ? { elementtiming: 'insights-chart' } : {})}
            x={to.x}
            y={to.y + lower}
            dy="0.71em"
            textAnchor="middle"
          >
            {formattedValue}
          </text>
        );
      })}
    </g>
  );
}
