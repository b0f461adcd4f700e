import { SectionPage } from '../components/SectionPage';
import type { SectionProps } from '../sections';
import { ImportWizard } from './inspections/ImportWizard';
import { InspectionList } from './inspections/InspectionList';
import { InspectionPage } from './inspections/InspectionPage';
import { PlanPage } from './plans/PlanPage';

/**
 * "#/inspections" lists inspections and plans, "#/inspections/import" imports a report, "#/inspections/5" opens one,
 * "#/inspections/plans/2" a plan and "#/inspections/plans/2/overview" its overview.
 */
export function InspectionsSection({ rest }: SectionProps) {
  const [first, second, third] = rest;
  if (first === 'import') return <ImportWizard />;
  const planId = first === 'plans' ? Number(second) : Number.NaN;
  if (Number.isSafeInteger(planId) && planId > 0) return <PlanPage key={planId} planId={planId} tab={third === 'overview' ? 'overview' : 'plan'} />;
  const inspectionId = Number(first);
  if (Number.isSafeInteger(inspectionId) && inspectionId > 0) return <InspectionPage key={inspectionId} inspectionId={inspectionId} />;
  return (
    <SectionPage title="Inspections & action plans" intro="Inspection reports with their graded judgements and recommendations, and the action plans that respond to them.">
      <InspectionList />
    </SectionPage>
  );
}
