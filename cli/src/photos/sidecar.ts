/**
 * photos.csv, the file a webmaster edits beside the photos: one row per photo with its alt text,
 * caption, description, credit and date. The first run writes it with every photo listed and what
 * the photos' own metadata say; later runs keep every row as the webmaster left it (their text wins
 * over the metadata, an emptied cell stays empty), append rows for new photos, and keep rows of
 * photos that are gone (with a warning), so nothing a person wrote is ever lost. The row order is
 * the gallery's order. UTF-8 with a byte order mark (so spreadsheet programs read Cyrillic right);
 * the separator is the one the file already uses (`,`, `;` or tab), else a comma.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CliError } from '../lib/command.js';

export const columns = ['file', 'alt', 'caption', 'description', 'credit', 'date'] as const;
export type Column = (typeof columns)[number];
export type SidecarRow = Record<Column, string>;

export interface Sidecar {
  rows: SidecarRow[];
  delimiter: string;
  /** The line of each file's row, for messages: photos.csv:4. */
  lines: Map<string, number>;
}

export function readSidecar(text: string | undefined, path: string): Sidecar {
  if (text === undefined || text.trim() === '') return { rows: [], delimiter: ',', lines: new Map() };
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  const delimiter = [',', ';', '\t'].sort((a, b) => header.split(b).length - header.split(a).length)[0]!;
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new CliError(
      `${path}${lines ? `:${lines}` : ''}: ${(error as Error).message}. Fix the quotes on that line, or delete the file to start it again.`,
    );
  }
  const names = records[0]!.map((name) => name.trim().toLowerCase());
  if (!names.includes('file')) {
    throw new CliError(`${path}:1: the first line must name the columns (${columns.join(', ')}); "file" is missing`);
  }
  const rows: SidecarRow[] = [];
  const lines = new Map<string, number>();
  records.slice(1).forEach((record, index) => {
    const row = Object.fromEntries(
      columns.map((column) => [column, (record[names.indexOf(column)] ?? '').trim()]),
    ) as SidecarRow;
    if (!row.file || lines.has(row.file)) return;
    rows.push(row);
    lines.set(row.file, index + 2);
  });
  return { rows, delimiter, lines };
}

export function writeSidecar(sidecar: Sidecar): string {
  return `\uFEFF${stringify([[...columns], ...sidecar.rows.map((row) => columns.map((column) => row[column]))], {
    delimiter: sidecar.delimiter,
    record_delimiter: 'windows',
  })}`;
}
