import { CsvError, parse } from 'csv-parse/sync';
import { InvalidDataError } from '../errors';

/** One data row of a CSV file: its cells by column name, and the line it starts on (1-based, header = 1). */
interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  /** Column names as written in the header. */
  columns: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV text as RFC 4180 says (quoted fields may hold commas, quotes doubled, line breaks) with
 * csv-parse, the first line being the header. A malformed file (an unclosed quote, a row with more or
 * fewer cells than the header) becomes an InvalidDataError naming the file and the line.
 */
export function parseCsvTable(text: string, file: string): CsvTable {
  const lines = new LineMap(text);
  const rows: CsvRow[] = [];
  let columns: string[] = [];
  // The line the last record read ends on (csv-parse's count); the header's until a record is read.
  let lastEnd = 1;
  try {
    parse(text, {
      bom: true,
      columns: (header: string[]) => {
        columns = header;
        return header;
      },
      skip_empty_lines: true,
      on_record: (record: Record<string, string>, context) => {
        rows.push({ line: lines.startAfter(lastEnd), cells: record });
        lastEnd = context.lines;
        return record;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      // A record that cannot be read starts where the last good one ended.
      const where = `line ${lines.startAfter(lastEnd)}`;
      throw new InvalidDataError(
        `${file}: ${where}: the CSV is malformed: ${error.message.replace(/^[^:]*: /, '').replace(/ on line \d+$/, '')}. Quote fields that hold commas, quotes or line breaks ("like ""this""").`,
        file,
        where,
      );
    }
    throw error;
  }
  return { columns, rows };
}

/**
 * Turns csv-parse's line numbers into the file's. csv-parse counts a CR LF inside a quoted field as two
 * lines, so its numbers drift after one; a person counts LFs, as every editor does.
 */
class LineMap {
  /** `real[n]` is the file's line for csv-parse's line n. */
  private readonly real: number[] = [0, 1];
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split('\n');
    let quoted = false;
    let line = 1;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (c === 0x0a) this.real.push(++line);
      else if (c === 0x0d && quoted) this.real.push(line);
    }
  }

  /** The line a record starts on when the one before it ends on csv-parse's line `end`: the next line, past blank ones. */
  startAfter(end: number): number {
    let line = (this.real[end] ?? this.real[this.real.length - 1] ?? 1) + 1;
    while (line < this.lines.length && (this.lines[line - 1] ?? '').trim() === '') line += 1;
    return line;
  }
}
