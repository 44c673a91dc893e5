import type { ListRow } from './list-rows';

/** A CSV cell: text, a number (written with '.' and no grouping), or empty. */
export type CsvValue = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

const plainNumber = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumFractionDigits: 20,
});

/**
 * Text that starts like a formula is prefixed with an apostrophe so that a spreadsheet shows it
 * instead of running it (CSV injection). Numbers are written as numbers and never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber.format(value) : '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field that holds a comma, a quote, CR or LF, and double its quotes. */
export function csvField(value: CsvValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: header line, one line per row, CRLF line ends, UTF-8 BOM first for Excel. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return CSV_BOM + lines.map((line) => line + CRLF).join('');
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'customer',
  'city',
  'country',
  'status',
  'substatus',
  'dealValue',
  'currency',
  'closing',
  'expiry',
  'direction',
  'category',
  'updated',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The raw, machine-readable value of each column: API enums, ISO dates, plain numbers. */
function rawValue(row: ListRow, column: CsvColumn): CsvValue {
  switch (column) {
    case 'id':
      return row.id;
    case 'name':
      return row.name;
    case 'customer':
      return row.customerName;
    case 'city':
      return row.city;
    case 'country':
      return row.country;
    case 'status':
      return row.status;
    case 'substatus':
      return row.substatus;
    case 'dealValue':
      return row.dealValue;
    case 'currency':
      return row.currency;
    case 'closing':
      return row.closingIso;
    case 'expiry':
      return row.expiresIso;
    case 'direction':
      return row.direction;
    case 'category':
      return row.category;
    case 'updated':
      return row.updatedIso;
  }
}

/** The CSV of exactly these rows in this order; `headerOf` names the columns (translated). */
export function referralsCsv(
  rows: readonly ListRow[],
  headerOf: (column: CsvColumn) => string,
): string {
  return buildCsv(
    CSV_COLUMNS.map(headerOf),
    rows.map((row) => CSV_COLUMNS.map((column) => rawValue(row, column))),
  );
}
