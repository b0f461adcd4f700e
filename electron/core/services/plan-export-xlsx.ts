// The action table as an Excel workbook: the CSV's rows and columns
// (plan-export.ts), with a bold header row that stays in view, widths that
// fit, and dates as real dates. Every text cell is written as text, so a note
// that begins with "=" is shown, never run as a formula.
// The library loads on first export, not with the engine (about 60 ms at every start otherwise).
import type { Cell, SheetData } from 'write-excel-file/node';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { replaceFileInFolder } from '../files';
import { actionRows, EXPORT_COLUMNS, exportFileName, planToExport, type ExportColumn } from './plan-export';
import type { ServiceContext } from './unit-of-work';

/** Dates as people in the UK write them: "1 December 2026". */
const DATE_FORMAT = 'd mmmm yyyy';

/** Writes a plan's actions as an .xlsx workbook into a folder, named like the CSV. */
export async function exportPlanXlsx(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/exportXlsx'>): Promise<{ path: string; rowCount: number; size: number }> {
  const plan = planToExport(ctx, input);
  const rows = actionRows(plan);
  const header: Cell[] = EXPORT_COLUMNS.map((column) => ({ value: column.header, type: String, fontWeight: 'bold', alignVertical: 'top' }));
  const data: SheetData = [header, ...rows.map((row) => row.map((value, index) => cellOf(EXPORT_COLUMNS[index], value)))];
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const bytes = await writeExcelFile(data, {
    sheet: sheetNameOf(plan.title),
    columns: EXPORT_COLUMNS.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  }).toBuffer();
  const target = replaceFileInFolder(input.outDir, exportFileName(plan, 'xlsx'), bytes);
  return { path: target, rowCount: rows.length, size: bytes.length };
}

function cellOf(column: ExportColumn | undefined, value: string | null): Cell {
  if (value === null || value === '') return null;
  if (column?.isDate === true) {
    const [year, month, day] = value.split('-').map(Number);
    // The library counts days from UTC midnight; a local date would shift by the hour.
    return { value: new Date(Date.UTC(year ?? 1900, (month ?? 1) - 1, day ?? 1)), type: Date, format: DATE_FORMAT, alignVertical: 'top' };
  }
  return { value, type: String, wrap: column?.isLong === true, alignVertical: 'top' };
}

/**
 * Excel refuses a sheet name over 31 characters, with any of [ ] : * ? / \,
 * or starting or ending with an apostrophe; "History" is its own.
 */
export function sheetNameOf(title: string): string {
  const cleaned = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  let cut = '';
  for (const character of cleaned) {
    if (cut.length + character.length > 31) break;
    cut += character;
  }
  cut = cut.replace(/^['\s]+|['\s]+$/g, '');
  return cut === '' || cut.toLowerCase() === 'history' ? 'Action plan' : cut;
}
