import { useState } from 'react';
import type { Grade } from '../../../../shared/api/schema';
import { EmptyState } from '../../components/EmptyState';
import { useFocusReturn } from '../plans/FormParts';
import { NewPlanForm } from '../plans/NewPlanForm';
import { PlanList } from '../plans/PlanList';
import { hashFor } from '../../sections';
import { useImportStore } from '../../stores/import-store';
import { formatDateRange, formatOptionalDate, FRAMEWORK_SHORT_NAMES, GRADE_NAMES } from './inspection-words';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';

/** Every inspection, newest first, with its grade and how far its plans have got; every action plan; and the ways to add either. */
export function InspectionList() {
  const inspections = useWorkspaceRead('inspections/list', {});
  const unfinished = useImportStore((state) => (state.step !== 'choose' ? (state.file?.fileName ?? null) : null));
  const [isStartingPlan, setStartingPlan] = useState(false);
  const [newPlanButtonRef, requestNewPlanButtonFocus] = useFocusReturn<HTMLButtonElement>();

  return (
    <>
      <div className="inspection-toolbar">
        <a className="inspection-button" href={hashFor('inspections', 'import')}>Import a report…</a>
        {!isStartingPlan && <button ref={newPlanButtonRef} type="button" className="button-secondary" onClick={() => { setStartingPlan(true); }}>New action plan</button>}
        {unfinished && <a className="inspection-toolbar__resume" href={hashFor('inspections', 'import')}>Continue checking {unfinished}</a>}
      </div>
      {isStartingPlan && <NewPlanForm onCancel={() => { setStartingPlan(false); requestNewPlanButtonFocus(); }} />}
      <h2 className="inspection-list__heading">Inspections</h2>
      {inspections.isLoading ? (
        <p>Loading inspections…</p>
      ) : !inspections.value || inspections.value.length === 0 ? (
        <EmptyState title="No inspections yet">
          <p>Import the published inspection report (PDF, Word or text): its judgements and numbered recommendations are read for you to check, ready to start a post-inspection action plan.</p>
        </EmptyState>
      ) : (
        <table className="pack-table inspection-table">
          <caption className="visually-hidden">Inspections, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Inspection</th>
              <th scope="col">Framework</th>
              <th scope="col">Inspected</th>
              <th scope="col">Published</th>
              <th scope="col">Overall effectiveness</th>
              <th scope="col" className="pack-number">Recommendations</th>
              <th scope="col" className="pack-number">Action plans</th>
            </tr>
          </thead>
          <tbody>
            {inspections.value.map((inspection) => (
              <tr key={inspection.id}>
                <th scope="row">
                  <a className="inspection-table__title" href={hashFor('inspections', inspection.id)}>{inspection.title}</a>
                  <span className="inspection-table__authority">{inspection.localAuthority || 'Local authority not given'}</span>
                </th>
                <td>{FRAMEWORK_SHORT_NAMES[inspection.framework]}</td>
                <td>{formatDateRange(inspection.inspectionStart, inspection.inspectionEnd) ?? <NotGiven />}</td>
                <td>{formatOptionalDate(inspection.publicationDate) ?? <NotGiven />}</td>
                <td><GradeTag grade={inspection.overallGrade} /></td>
                <td className="pack-number">{inspection.recommendationCount}</td>
                <td className="pack-number">{inspection.planCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="inspection-list__heading">Action plans</h2>
      <PlanList />
    </>
  );
}

/** A grade in words, with a colour that only repeats them. */
export function GradeTag({ grade }: { grade: Grade | null }) {
  if (grade === null) return <span className="inspection-grade inspection-grade--none">Not graded</span>;
  return <span className={`inspection-grade inspection-grade--${grade}`}>{GRADE_NAMES[grade]}</span>;
}

function NotGiven() {
  return <span className="inspection-none">Not given</span>;
}
