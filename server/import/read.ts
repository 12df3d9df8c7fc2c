/** Reading a spreadsheet export into rows of text: CSV in UTF-8 or GBK/GB18030 (csv-parse), or XLSX (exceljs). */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type Encoding = 'utf-8' | 'gb18030';
/** UTF-16, told by its byte order mark: what Excel saves as "Unicode 文本" (Unicode Text), tab-separated. */
export type Utf16 = 'utf-16le' | 'utf-16be';

export type CellKind = 'number' | 'date' | 'text';

export interface Row {
  /** The row as the spreadsheet numbers it (CSV: the line it starts on), so a report points at the right place. */
  number: number;
  cells: string[];
  /** XLSX: how Excel stored each cell — a number (an 18-digit code stored so has already lost digits), a date, or text. */
  kinds?: CellKind[];
}

export interface Sheet {
  name: string;
  /** The header row first; every cell as text; rows with nothing in them left out. */
  rows: Row[];
}

const blank = (cells: readonly string[]) => cells.every((c) => c === '');

export interface ReadFile {
  format: 'csv' | 'xlsx';
  /** For CSV: the encoding used (given, or detected). */
  encoding?: Encoding | Utf16;
  sheets: Sheet[];
}

/** A file that cannot be read at all: the message says why in words a webmaster can act on. */
export class UnreadableFile extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The encoding option as people write it: GBK files are read as GB18030, its superset. */
export function encodingFrom(value: string | undefined): Encoding | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (v === 'utf8') return 'utf-8';
  if (v === 'gbk' || v === 'gb2312' || v === 'gb18030' || v === 'cp936') return 'gb18030';
  throw new UnreadableFile(`不认识的编码“${value}”：请用 utf-8、gbk 或 gb18030。`);
}

/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else GB18030 — what Chinese Excel saves as "CSV". */
export function detectEncoding(bytes: Uint8Array): Encoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * Why a given encoding is refused, when the bytes say otherwise: text that is not valid UTF-8 would
 * lose characters read as UTF-8, and valid UTF-8 with Chinese in it read as GBK becomes mojibake —
 * either way every Chinese header and name would be read wrong.
 */
function wrongEncoding(given: Encoding): string {
  const [named, is, flag] =
    given === 'utf-8'
      ? ['UTF-8', '不是 UTF-8 编码（像是 GBK/GB18030，中文 Excel 另存的 CSV 多是如此）', 'gbk']
      : ['GBK', '是 UTF-8 编码', 'utf-8'];
  return `按 --encoding 指定的 ${named} 读取会把中文读错：这个文件${is}。请去掉 --encoding，由程序自行识别，或改为 --encoding ${flag}。`;
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string, encoding?: Encoding): Promise<ReadFile> {
  if (bytes.length === 0) throw new UnreadableFile('文件是空的（0 字节）。');
  const zip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (/\.xlsx$/i.test(fileName) || zip) {
    if (!zip) throw new UnreadableFile('这不是有效的 XLSX 文件（不是 Excel 工作簿的格式）。');
    return { format: 'xlsx', sheets: await readXlsx(bytes) };
  }
  const utf16 = utf16Of(bytes);
  if (utf16 && encoding)
    throw new UnreadableFile('这个文件是 UTF-16 编码（Excel 另存为“Unicode 文本”的格式）：请去掉 --encoding，由程序自行识别。');
  if (!utf16 && bytes.subarray(0, 8192).includes(0))
    throw new UnreadableFile('这不是文本格式的 CSV 文件（含二进制内容）。请另存为 CSV 或 XLSX 后再导入。');
  const detected = utf16 ?? detectEncoding(bytes);
  if (encoding && encoding !== detected && bytes.some((byte) => byte > 0x7f)) throw new UnreadableFile(wrongEncoding(encoding));
  const used = encoding ?? detected;
  const text = new TextDecoder(used).decode(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      delimiter: delimiterOf(text),
    }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFile(`CSV 格式有误：${csvProblem(error as Error & { code?: string; lines?: number })}`);
  }
  // `lines` is where a record ends; a quoted cell may span lines, so count back to where it starts.
  const rows = records
    .map(({ record, info }) => ({ number: info.lines - (record.join('').match(/\n/g)?.length ?? 0), cells: record }))
    .filter((row) => !blank(row.cells));
  return { format: 'csv', encoding: used, sheets: [{ name: fileName, rows }] };
}

/** UTF-16 by its byte order mark, or undefined. */
function utf16Of(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * A tab when the first lines hold more tabs than commas (Excel's "Unicode 文本" and "文本文件（制表符
 * 分隔）"), else a comma. Told from the first five lines, a title above the header and the header
 * itself: a figure like 1,234 in a tab-separated row stays one cell.
 */
function delimiterOf(text: string): ',' | '\t' {
  const first = text.split(/\r?\n/, 5).join('\n');
  const count = (c: string) => first.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('无法读取这个 XLSX 文件：它可能已损坏或不完整（例如下载或复制时被截断）。');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: Row[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      const kinds: CellKind[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const value = row.getCell(c).value;
        cells.push(cellText(value));
        kinds.push(typeof value === 'number' ? 'number' : value instanceof Date ? 'date' : 'text');
      }
      if (!blank(cells)) rows.push({ number: row.number, cells, kinds });
    });
    return { name: sheet.name, rows };
  });
}

/** A cell as the text a person sees: numbers plainly, dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

/** What csv-parse refuses, said as a person fixing the file needs it: where, and what to change. */
function csvProblem(error: Error & { code?: string; lines?: number }): string {
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return `第 ${error.lines} 行有一个引号（"）在格子中间：CSV 里引号只能包住整个格子（格子里的引号写成两个 ""），或去掉它。这个文件也可能不是 CSV（如 JSON 或网页）。`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `有一个引号（"）到文件末尾（第 ${error.lines} 行）也没有闭合：检查是否少写了一个引号，或文件被截断了。`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `第 ${error.lines} 行一个格子的闭合引号（"）后面还有字符：引号要包住整个格子（格子里的引号写成两个 ""）。`;
    default:
      return error.lines === undefined ? error.message : `第 ${error.lines} 行：${error.message}`;
  }
}
