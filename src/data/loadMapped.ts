// Loads the records of a file through a reading (reading.ts): skips the lines above the header and the
// notes below the data, fills the fields the file lacks, and reshapes wide tables and microdata into
// figures. Every source record is loaded, rejected (its problem listed) or blank; lines that are not
// records (titles, notes, totals) are listed and counted apart.
import { ColumnarTable } from './columnarTable';
import { cellProblem } from './columnarMessages';
import { isMissing, parseDecimal, trimCell } from './convert';
import { parseCount } from './convertCount';
import { countRows } from './countRows';
import type { Delimiter } from './delimiter';
import { WideCells, expandWide } from './expandWide';
import { resolveFigureDuplicates, type Figures } from './figureDuplicates';
import type { HeaderMapping } from './headers';
import { isTotalCell, isTrailerCell, typeWord } from './headerWords';
import { loadError, loadWarning, shortValue } from './issues';
import type { LoaderContext } from './loaderContext';
import { detectNewline, readRecords, type BadRecord } from './loadCsvRecords';
import { FieldCells, type RecordCells } from './recordCells';
import { IGNORE, perspectiveOfUse, shapeOf, typeOfUse, usedField, valueField, yearOfUse, type Reading, type ReadingShape } from './reading';
import { SCHEMAS } from './schemas';
import { PLACEMENT_TYPES, type Column, type LoadIssue } from './types';

export interface MappedLoad {
  readonly recordsRead: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly blank: number;
  readonly merged: number;
  /** Lines that are not records: titles above the header, notes below the data, totals. */
  readonly skipped: number;
  readonly shape: ReadingShape;
  /** Null when the reading does not fit the file (the reason is reported). */
  readonly figures: Figures | null;
  readonly missingCells: Record<string, number>;
  readonly missingFigures: number;
}

export interface MappedInput {
  readonly text: string;
  readonly delimiter: Delimiter;
  readonly reading: Reading;
  readonly fileName: string;
  readonly context: LoaderContext;
  readonly report: (issue: LoadIssue) => void;
  readonly badRecord: (problem: BadRecord, line: number, fields: readonly string[]) => LoadIssue;
  readonly progress: (cursor: number, records: number) => void;
}

const LISTED_LINES = 5;

function linesText(lines: readonly { line: number; text: string }[]): string {
  return lines.slice(0, LISTED_LINES).map((l) => `${l.line}: '${shortValue(l.text)}'`).join('; ') + (lines.length > LISTED_LINES ? '; ...' : '');
}

/** About how many lines the text has, from the length of its first 64 (the whole text when shorter). */
function estimatedLines(text: string): number {
  const newline = detectNewline(text);
  let end = 0;
  let lines = 0;
  for (; lines < 64; lines++) {
    const at = text.indexOf(newline, end);
    if (at < 0) break;
    end = at + 1;
  }
  return end >= text.length || lines < 64 ? lines + 1 : Math.ceil((text.length / end) * lines * 1.05);
}

/** A year from a year or a date cell ("2023", "2023-04-05", "05/04/2023"); the cell itself when neither. */
function yearFrom(cell: string): string {
  const s = cell.trim();
  const lead = /^(\d{4})[-/.]/.exec(s);
  if (lead) return lead[1]!;
  const tail = /[-/.](\d{4})$/.exec(s);
  return tail ? tail[1]! : s;
}

/** Checks that every field the reading names exists and every required field is given; the problems, if any. */
function checkReading(reading: Reading, shape: ReadingShape, line: number): LoadIssue[] {
  const schema = SCHEMAS[reading.kind];
  const names = new Set(schema.columns.map((c) => c.name));
  const issues: LoadIssue[] = [];
  const given = new Map<string, string>();
  reading.uses.forEach((use, i) => {
    const name = usedField(use) ?? (use === 'alt:country' ? null : null);
    if (name === null) return;
    const header = (reading.headers[i] ?? '').trim();
    if (!names.has(name)) issues.push(loadError('invalid_mapping', line, header, use, `The column '${header}' is read as '${name}', which a ${reading.kind} dataset does not have. Choose another field in the mapping.`, { column: header, field: name, kind: reading.kind }));
    const other = given.get(name);
    if (other !== undefined) issues.push(loadError('duplicate_column', line, header, header, `The columns '${other}' and '${header}' both mean '${name}'. Keep one of them.`, { column: header, other, canonical: name }));
    given.set(name, header);
  });
  const implied = new Set<string>(Object.keys(reading.constants));
  if (shape === 'wide_year') implied.add('year').add(valueField(reading.kind));
  if (shape === 'wide_type') implied.add('type').add(valueField(reading.kind));
  if (shape === 'microdata') implied.add('country').add('perspective').add(valueField(reading.kind));
  for (const column of schema.columns) {
    if (column.required && !given.has(column.name) && !implied.has(column.name)) {
      issues.push(loadError('missing_column', line, column.name, null, `A ${reading.kind} file needs a column '${column.name}', and this file has none. Add it, or rename the column that holds it.`, { column: column.name, kind: reading.kind }));
    }
  }
  return issues;
}

export function loadMapped(input: MappedInput): MappedLoad {
  const { text, delimiter, reading, context, report } = input;
  const schema = SCHEMAS[reading.kind];
  const shape = shapeOf(reading);
  const S = schema.columns.length;
  const slot = (name: string): number => schema.columns.findIndex((c) => c.name === name);
  const source = schema.columns.map((c) => reading.uses.indexOf(`field:${c.name}`));
  const constant = schema.columns.map((c) => reading.constants[c.name] ?? null);
  const countrySlot = slot('country');
  const altCountry = reading.uses.indexOf('alt:country');
  const valueSlot = slot(valueField(reading.kind));
  // Events have no value column; only wide and counted readings need one (checkReading asks for it).
  const valueSpec = schema.columns[Math.max(0, valueSlot)]!;
  const isDecimal = valueSpec.type === 'decimal';
  const yearSlot = slot('year');
  const typeSlot = slot('type');
  const perspectiveSlot = slot('perspective');
  const wideColumns = reading.uses.flatMap((use, i) => (yearOfUse(use) !== null || typeOfUse(use) !== null ? [i] : []));
  const spreadValues = wideColumns.map((i) => yearOfUse(reading.uses[i]!) ?? PLACEMENT_TYPES.indexOf(typeOfUse(reading.uses[i]!) as never));
  const countryColumns = reading.uses.flatMap((use, i) => (perspectiveOfUse(use) !== null ? [i] : []));
  const decimalComma = delimiter === ';';

  // Synthetic records hold one cell per schema column; the table reads them in schema order.
  const provided = schema.columns.map((_, k) => source[k]! >= 0 || constant[k] !== null
    || (shape === 'wide_year' && (k === yearSlot || k === valueSlot))
    || (shape === 'wide_type' && (k === typeSlot || k === valueSlot))
    || (shape === 'microdata' && (k === countrySlot || k === perspectiveSlot || k === valueSlot)));
  /** The year each record's row stands in with until expandWide gives each figure its own. */
  const firstYear = String(spreadValues[0]);
  // Cells every record's row holds (base, addWide, addMicro), which the table converts once: the reading's
  // constants, and the year or type and the value a wide record's row stands in with until expandWide.
  const sameCells = schema.columns.map((_, k): string | null => {
    if (shape === 'wide_year' && k === yearSlot) return firstYear;
    if (shape === 'wide_type' && k === typeSlot) return 'total';
    if (k === valueSlot && (shape === 'wide_year' || shape === 'wide_type')) return '';
    if (k === valueSlot && shape === 'microdata') return '1';
    return source[k]! < 0 ? constant[k] ?? null : null;
  });
  const mapping: HeaderMapping = {
    schema,
    fieldIndex: provided.map((p, k) => (p ? k : -1)),
    written: schema.columns.map((c, k) => (source[k]! >= 0 ? reading.headers[source[k]!]! : c.name)),
    fieldCount: S,
    sameCells,
  };

  let recordsRead = 0, blank = 0, bad = 0, skipped = 0, toTable = 0, missingFigures = 0;
  const errorLines = new Set<number>();
  const tableReport = (issue: LoadIssue): void => {
    if (issue.severity === 'error' && issue.line !== null) errorLines.add(issue.line);
    report(issue);
  };
  const table = new ColumnarTable(mapping, context, tableReport, { fileName: input.fileName, decimalComma });
  const preamble: { line: number; text: string }[] = [];
  const trailer: { line: number; text: string }[] = [];
  let inTrailer = false;
  let afterBlank = false;
  let headerOk = false;
  let headerFields = 0;

  // Wide tables: each record's value cells, parsed here into figures (the table converts the rest once per record).
  const V = wideColumns.length;
  const cells = new WideCells();
  const spreadOf = Float64Array.from(spreadValues);
  const wideHeaders = wideColumns.map((i) => reading.headers[i]!);
  let reserved = false;
  // Sized before the first record, from the length of the first lines (and again after the first piece,
  // in progress): V8 optimizes the code that adds records early in the file, and a column growing after
  // that sends it back to the interpreter to be optimized again. The figures start small instead, so they
  // have grown before then (WideCells).
  const lines = Math.min(estimatedLines(text), Math.ceil(text.length / Math.max(1, reading.headers.length)));
  table.reserve(lines * (shape === 'microdata' ? countryColumns.length : 1));
  if (V > 0) cells.reserve(lines, 0);

  const base = (record: RecordCells): string[] => {
    const out = new Array<string>(S);
    for (let k = 0; k < S; k++) {
      const f = source[k]!;
      out[k] = f >= 0 ? record.cell(f) : (constant[k] ?? '');
    }
    if (altCountry >= 0) {
      const c = trimCell(out[countrySlot]!);
      if (c === '' || c.startsWith('OWID_')) out[countrySlot] = record.cell(altCountry);
    }
    return out;
  };

  const addWide = (record: RecordCells, line: number): void => {
    const out = base(record);
    if (shape === 'wide_year') out[yearSlot] = firstYear;
    else out[typeSlot] = 'total';
    out[valueSlot] = '';
    cells.begin(line, V);
    const r = cells.records - 1;
    const values = cells.values;
    const spread = cells.spread;
    let f = cells.figures;
    let missing = 0;
    const figures = record.figures;
    const at = record.cellOffset;
    for (let v = 0; v < V; v++) {
      const c = wideColumns[v]!;
      // A plain figure was read as the record was split; any other cell is read as a string, by the rules the table uses.
      let x = figures[at + c]!;
      if (x !== x) {
        if (record.start(c) === record.end(c)) {
          missing++;
          continue;
        }
        const raw = record.cell(c);
        const s = trimCell(raw);
        if (isMissing(s)) {
          missing++;
          continue;
        }
        x = isDecimal ? parseDecimal(s, decimalComma) : parseCount(s, decimalComma);
        if (isDecimal ? x !== x : x < 0) {
          tableReport(cellProblem(valueSpec, wideHeaders[v]!, raw, s, isDecimal ? -1 : x, line, decimalComma, []));
          continue;
        }
      }
      values[f] = x;
      spread[f++] = spreadOf[v]!;
    }
    cells.runs[r] = f - cells.figures;
    cells.missing[r] = missing;
    cells.missingTotal += missing;
    cells.figures = f;
    table.add(out, line);
  };

  const addMicro = (record: RecordCells, line: number): void => {
    for (const c of countryColumns) {
      const out = base(record);
      out[countrySlot] = record.cell(c);
      out[perspectiveSlot] = perspectiveOfUse(reading.uses[c]!)!;
      out[valueSlot] = '1';
      if (source[yearSlot]! >= 0) out[yearSlot] = yearFrom(out[yearSlot]!);
      if (source[typeSlot]! >= 0) out[typeSlot] = typeWord(out[typeSlot]!) ?? out[typeSlot]!;
      table.add(out, line);
    }
  };

  const totalCell = source[countrySlot]! >= 0 ? source[countrySlot]! : countryColumns[0] ?? -1;
  const cellOf = (record: RecordCells, i: number): string => (i < record.length ? record.cell(i) : '');
  // Notes follow a blank line, or stand in a line whose country cell is empty; only then is the first cell read.
  // `total`: the trimmed country cell.
  const startTrailer = (line: number, record: RecordCells, total: string): boolean => {
    const suspect = afterBlank || (totalCell >= 0 && total === '');
    if (inTrailer || (suspect && (isTrailerCell(cellOf(record, 0)) || record.length !== headerFields))) {
      inTrailer = true;
      trailer.push({ line, text: record.fields().join(delimiter) });
      skipped++;
      return true;
    }
    return false;
  };

  const addRecord = (record: RecordCells, line: number): void => {
    const total = totalCell >= 0 ? trimCell(cellOf(record, totalCell)) : '';
    if (startTrailer(line, record, total)) return;
    afterBlank = false;
    if (totalCell >= 0 && isTotalCell(total)) {
      skipped++;
      report(loadWarning('total_row', line, reading.headers[totalCell] ?? null, cellOf(record, totalCell), `Line ${line} is a total row ('${total}'); it was not loaded as a country (the app adds figures up itself).`, { line, value: total }));
      return;
    }
    recordsRead++;
    toTable++;
    if (shape === 'wide_year' || shape === 'wide_type') addWide(record, line);
    else if (shape === 'microdata') addMicro(record, line);
    else table.add(base(record), line);
  };

  readRecords(text, delimiter, {
    before(line, fields) {
      preamble.push({ line, text: fields.join(delimiter).replace(new RegExp(`${delimiter === '\t' ? '\\t' : delimiter}+$`), '') });
      skipped++;
    },
    header(fields, line) {
      headerFields = fields.length;
      const same = fields.length === reading.headers.length && fields.every((f, i) => f.trim() === reading.headers[i]!.trim());
      if (!same) {
        report(loadError('mapping_mismatch', line, null, fields.join(delimiter), `Line ${line} is not the header the mapping was made for (${reading.headers.join(', ')}). Reset the mapping and try again.`, { line, columns: reading.headers.join(', ') }));
        return false;
      }
      reading.uses.forEach((use, i) => {
        if (use !== IGNORE) return;
        const header = fields[i]!.trim();
        report(header === ''
          ? loadWarning('unnamed_column', line, fields[i]!, null, `Column ${i + 1} has no header; its cells were ignored.`, { index: i + 1 })
          : loadWarning('ignored_column', line, fields[i]!, header, `The column '${header}' is not read. Choose a field for it in the mapping if it holds one.`, { column: header }));
      });
      const problems = checkReading(reading, shape, line);
      problems.forEach(report);
      headerOk = problems.length === 0;
      return headerOk;
    },
    record(fields, line) {
      addRecord(new FieldCells(fields), line);
    },
    cells: addRecord,
    ...(V > 0 ? { figureColumns: { columns: wideColumns, decimalMark: isDecimal ? (decimalComma ? 44 : 46) : null } } : {}),
    blank() {
      if (inTrailer) return;
      recordsRead++;
      blank++;
      afterBlank = true;
    },
    bad(line, fields, problem) {
      if (startTrailer(line, new FieldCells(fields), totalCell >= 0 ? trimCell(fields[totalCell] ?? '') : '')) return;
      recordsRead++;
      bad++;
      report(input.badRecord(problem, line, fields));
    },
    progress(cursor) {
      // Size the table and the wide cells from the first piece instead of doubling through the file.
      if (!reserved && cursor < text.length && toTable > 0) {
        reserved = true;
        const scale = (text.length * 1.05) / cursor;
        table.reserve(Math.ceil(toTable * (shape === 'microdata' ? countryColumns.length : 1) * scale));
        if (V > 0) cells.reserve(Math.ceil(cells.records * scale), Math.ceil(cells.figures * scale));
      }
      input.progress(cursor, recordsRead);
    },
  }, undefined, reading.headerLine);

  if (preamble.length > 0) {
    const first = preamble[0]!.line;
    const last = preamble[preamble.length - 1]!.line;
    report(loadWarning('preamble_lines', first, null, null, `Lines ${first}-${last} above the header are titles or notes and were not loaded: ${linesText(preamble)}.`, { first, last, lines: linesText(preamble) }));
  }
  if (trailer.length > 0) {
    const first = trailer[0]!.line;
    const last = trailer[trailer.length - 1]!.line;
    report(loadWarning('trailer_lines', first, null, null, `Lines ${first}-${last} below the data look like notes or a footnote table and were not loaded: ${linesText(trailer)}.`, { first, last, lines: linesText(trailer) }));
  }
  const counts = (merged: number, figures: Figures | null, missingCells: Record<string, number>): MappedLoad => ({
    recordsRead, loaded: toTable - errorLines.size, rejected: bad + errorLines.size, blank, merged, skipped, shape, figures, missingCells, missingFigures,
  });
  if (!headerOk) return counts(0, null, {});

  table.endRecords();
  // A wide record's row holds one year (or type) for all its figures, so its key is the figures' key without it.
  const recordsRepeat = (shape === 'wide_year' || shape === 'wide_type') && table.keysRepeat();
  if (shape === 'long') {
    const { merged } = table.resolveDuplicates();
    const done = table.finish();
    return counts(merged, { columns: done.columns, lines: done.lines, rows: table.rows }, done.missingCells);
  }
  const done = table.finish();
  const missingCells: Record<string, number> = { ...done.missingCells };
  delete missingCells[valueSpec.name];
  if (shape === 'microdata') {
    return counts(0, countRows(done.columns, done.lines, table.rows, schema.key, valueSpec.name), missingCells);
  }
  const spread = shape === 'wide_year' ? 'year' : 'type';
  // Figures repeat only when two records share their key without the spread column, or two columns one year or type.
  const mayRepeat = new Set(spreadValues).size < spreadValues.length || recordsRepeat;
  const expanded = expandWide(done.columns as Record<string, Column>, done.lines, table.rows, cells, spread, valueSpec.name, table.sameColumns());
  missingFigures = expanded.missing;
  if (missingFigures > 0) missingCells[valueSpec.name] = missingFigures;
  const { merged } = mayRepeat ? resolveFigureDuplicates(expanded, schema.key, tableReport) : { merged: 0 };
  return counts(merged, expanded, missingCells);
}
