import { parse } from 'csv-parse/sync';
import { Unzip, UnzipInflate } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { badRequest } from '../common/errors/app-error.js';

/** What an upload may hold: enough for a national organisation's year, little enough to parse in memory. */
export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 200_000, columns: 100, unpackedBytes: 300 * 1024 * 1024 };

export interface ParsedSheet {
  /** The header row, each name unique (a repeated or empty header gets a number). */
  columns: string[];
  /** Every data row as text cells, as long as `columns`. */
  rows: string[][];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads a CSV (comma, semicolon or tab separated, as Dutch spreadsheets
 * save them; UTF-8 with or without a byte-order mark) or the first sheet of
 * an xlsx workbook into text cells. Dates in a workbook become YYYY-MM-DD
 * (or a full ISO time where they have one), so both kinds read the same.
 */
export async function parseSheet(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  const isXlsx = bytes.subarray(0, 4).equals(XLSX_MAGIC);
  if (!isXlsx && /\.xlsx?$/i.test(fileName) && !/\.csv$/i.test(fileName)) {
    throw badRequest('This is not an xlsx workbook; save it as .xlsx or .csv', 'import_file_unreadable');
  }
  const table = isXlsx ? await readWorkbook(bytes) : readCsv(bytes);
  const nonEmpty = table.filter((row) => row.some((cell) => cell !== ''));
  if (nonEmpty.length === 0) throw badRequest('The file has no rows', 'import_file_unreadable');
  const [header, ...rows] = nonEmpty;
  if (rows.length > IMPORT_LIMITS.rows) {
    throw badRequest(`The file has more than ${IMPORT_LIMITS.rows} rows; split it`, 'import_file_too_large');
  }
  if (header.length > IMPORT_LIMITS.columns) {
    throw badRequest(`The file has more than ${IMPORT_LIMITS.columns} columns`, 'import_file_too_large');
  }
  const columns = uniqueNames(header);
  return { columns, rows: rows.map((row) => columns.map((_, i) => clip(row[i] ?? ''))) };
}

function readCsv(bytes: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel on Windows still saves "CSV" in its ANSI code page.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      max_record_size: 1_000_000,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badRequest(`The CSV cannot be read${line ? ` (near line ${line})` : ''}`, 'import_file_unreadable');
  }
}

/** The separator that splits the first line into the most columns. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

async function readWorkbook(bytes: Buffer): Promise<string[][]> {
  assertUnpacksWithin(bytes, IMPORT_LIMITS.unpackedBytes);
  try {
    const [first] = await readXlsxFile(bytes);
    return (first?.data ?? []).map((row) =>
      row.map((cell) => cellText(cell as Date | string | number | boolean | null)),
    );
  } catch {
    throw badRequest('The workbook cannot be read', 'import_file_unreadable');
  }
}

class UnpackLimitReached extends Error {}
const UNPACK_STEP = 16 * 1024;

/**
 * An xlsx is a zip: 1.5 MB can unpack to gigabytes and keep the parser busy for a minute. The sizes a zip
 * declares can lie, so this counts what actually inflates and stops at the limit, before the parser sees it.
 */
export function assertUnpacksWithin(bytes: Buffer, limit: number): void {
  let unpacked = 0;
  const unzip = new Unzip((entry) => {
    entry.ondata = (error, chunk) => {
      if (error) throw error;
      unpacked += chunk.length;
      if (unpacked > limit) throw new UnpackLimitReached();
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Fed in small pieces: what one piece inflates to is bounded (deflate packs at most about 1:1000).
    for (let at = 0; at < bytes.length; at += UNPACK_STEP) {
      unzip.push(bytes.subarray(at, at + UNPACK_STEP), at + UNPACK_STEP >= bytes.length);
    }
  } catch (error) {
    if (error instanceof UnpackLimitReached) {
      throw badRequest(
        `The workbook unpacks to more than ${limit / 1024 / 1024} MB; save it as .csv or split it`,
        'import_file_too_large',
      );
    }
    throw badRequest('The workbook cannot be read', 'import_file_unreadable');
  }
}

function cellText(cell: string | number | boolean | Date | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(cell).trim();
}

function uniqueNames(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const name = clip(raw).trim() || `column ${i + 1}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

// A cell longer than any field takes is refused by that field's own length rule, not cut here.
const clip = (cell: string) => cell;
