import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../components/ui/use-t';
import { downloadFile } from '../../components/ui/download-file';
import { downloadUrl, svgToPng, toCsv } from './chart-export';
import { useChartWidth } from './chart-width';

/**
 * One figure: a title stating the finding, the chart or its data table (a toggle), and exports
 * (CSV of the table's numbers, PNG of the chart).
 */
export function FigureCard({
  name,
  title,
  note,
  chart,
  table,
  csv,
  extra,
}: {
  /** File name stem of the exports. */
  name: string;
  title: string;
  note?: ReactNode;
  chart: (width: number, titleId: string) => ReactNode;
  /** Built only when shown: the rows of a hidden table cost nothing. */
  table: () => ReactNode;
  csv: () => (string | number)[][];
  extra?: ReactNode;
}) {
  const { t } = useT('insights');
  const titleId = useId();
  const [isTable, setIsTable] = useState(false);
  const [problem, setProblem] = useState('');
  const width = useChartWidth();
  const chartRef = useRef<HTMLDivElement>(null);
  const date = new Date().toISOString().slice(0, 10);

  const handleCsv = () =>
    downloadFile(toCsv(csv()), `${name}-${date}.csv`, 'text/csv;charset=utf-8');
  const handlePng = async () => {
    setProblem('');
    const svgs = [...(chartRef.current?.querySelectorAll('svg.bar-chart') ?? [])];
    const svg = svgs[0];
    if (!(svg instanceof SVGSVGElement)) {
      setProblem(t('export.noChart'));
      return;
    }
    try {
      const background = getComputedStyle(document.body).backgroundColor || '#fff';
      downloadUrl(await svgToPng(svg, background), `${name}-${date}.png`);
    } catch {
      setProblem(t('export.pngFailed'));
    }
  };

  return (
    <section className="figure-card" aria-labelledby={titleId} data-figure={name}>
      <h2 id={titleId}>{title}</h2>
      {note && <p className="figure-note">{note}</p>}
      <div className="figure-tools">
        <button type="button" aria-pressed={isTable} onClick={() => setIsTable((v) => !v)}>
          {isTable ? t('showChart') : t('showTable')}
        </button>
        <button type="button" onClick={handleCsv}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void handlePng()} disabled={isTable}>
          {t('export.png')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <div className="figure-body">
        {isTable ? (
          <div className="figure-table-wrap">{table()}</div>
        ) : (
          <div ref={chartRef}>{width !== null && chart(width, titleId)}</div>
        )}
      </div>
      {extra}
    </section>
  );
}
