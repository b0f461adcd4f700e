import { useEffect } from 'react';
import { Navigation } from './components/Navigation';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { useEngineEvents } from './hooks/use-engine-events';
import { useSection } from './hooks/use-section';
import type { SectionId } from './sections';
import { CommitteesSection } from './sections/CommitteesSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { InspectionsSection } from './sections/InspectionsSection';
import { MeetingsSection } from './sections/MeetingsSection';
import { SettingsSection } from './sections/SettingsSection';
import { useWorkspaceStore } from './stores/workspace-store';

const PAGES: Record<SectionId, () => React.JSX.Element> = {
  committees: CommitteesSection,
  meetings: MeetingsSection,
  inspections: InspectionsSection,
  documents: DocumentsSection,
  settings: SettingsSection,
};

export function App() {
  const section = useSection();
  const load = useWorkspaceStore((state) => state.load);
  const status = useWorkspaceStore((state) => state.status);
  useEngineEvents();
  useEffect(() => { void load(); }, [load]);

  const Page = PAGES[section];
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-header__name">Scrutiny Pack Builder</span>
        {status?.isOpen && <span className="app-header__workspace">{status.fileName}</span>}
      </header>
      <Navigation current={section} />
      <main id="main" className="main" tabIndex={-1}>
        <Page />
      </main>
      <StatusBar />
      <Toasts />
    </div>
  );
}
