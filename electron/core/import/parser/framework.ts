// Which framework a report was written under. The judgement table says it
// best: SIF numbers its areas and sub-areas ("2.1"), ILACS grades "Overall
// effectiveness" as a row of unnumbered areas. The title and the dates are
// the fallbacks (ILACS replaced SIF in January 2018).
import type { Found } from '../../../../shared/api/methods/imports';
import type { JudgementTable } from './judgements';
import { refOf } from './lines';

type Framework = 'SIF' | 'ILACS';

const ILACS_START = '2018-01-01';

/** The framework, from the table's shape, else the title's wording, else the inspection dates (with a warning). */
export function findFramework(
  table: JudgementTable | null,
  title: Found<string>,
  start: Found<string>,
  warnings: string[],
): Found<Framework> {
  if (table !== null && table.isNumbered) return { value: 'SIF', source: refOf(table.first) };
  if (table !== null && table.overallRow !== null) return { value: 'ILACS', source: refOf(table.overallRow.line) };
  if (title.value !== null) {
    if (/\blocal authority children['’]s services\b/i.test(title.value)) return { value: 'ILACS', source: title.source };
    if (/\bchildren in need of help and protection\b|\bchildren looked after and care leavers\b/i.test(title.value)) {
      return { value: 'SIF', source: title.source };
    }
  }
  if (start.value !== null) {
    const value: Framework = start.value < ILACS_START ? 'SIF' : 'ILACS';
    warnings.push(`The framework (${value}) was inferred from the inspection dates only: check it.`);
    return { value, source: start.source };
  }
  return { value: null, source: null };
}
