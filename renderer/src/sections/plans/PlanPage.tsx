import { useEffect } from 'react';
import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { usePlanStore } from '../../stores/plan-store';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { DraftReportButton } from './DraftReportDialog';
import { OverviewPanel } from './OverviewPanel';
import { PlanDetails } from './PlanDetails';
import { PlanEditor } from './PlanEditor';
import { panelIdOf, PlanTabs, tabIdOf, type PlanTab } from './PlanTabs';
import './plans.css';

/** An action plan: its details, then the plan itself (to edit, or as it stood on a day) or its overview. */
export function PlanPage({ planId, tab }: { planId: number; tab: PlanTab }) {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const view = usePlanStore((state) => (state.view?.id === planId ? state.view : null));
  const loadError = usePlanStore((state) => state.loadError);
  const announcement = usePlanStore((state) => state.announcement);
  useEffect(() => {
    if (workspacePath !== null) void usePlanStore.getState().open(planId);
  }, [planId, workspacePath]);

  if (!view) {
    return (
      <SectionPage title="Action plan">
        <p>{loadError ?? 'Loading the action plan…'}</p>
        <p><a href={hashFor('inspections')}>All inspections and action plans</a></p>
      </SectionPage>
    );
  }
  return (
    <SectionPage title={view.title}>
      <div className="plan-page">
        <p className="pack-back">
          <a href={view.inspectionId === null ? hashFor('inspections') : hashFor('inspections', view.inspectionId)}>
            {view.inspectionId === null ? 'All inspections and action plans' : 'The inspection'}
          </a>
        </p>
        <PlanDetails plan={view} />
        <DraftReportButton plan={view} />
        <PlanTabs planId={planId} current={tab} />
        <div className="plan-panel" role="tabpanel" id={panelIdOf(tab)} aria-labelledby={tabIdOf(tab)}>
          {tab === 'plan' ? <PlanEditor plan={view} /> : <OverviewPanel plan={view} />}
        </div>
        <p className="visually-hidden" role="status">{announcement}</p>
      </div>
    </SectionPage>
  );
}
