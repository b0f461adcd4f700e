import { useEffect } from 'react';
import { Navigation } from './components/Navigation';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { useEngineEvents } from './hooks/use-engine-events';
import { useRoute } from './hooks/use-section';
import type { NavSectionId, SectionProps } from './sections';
import { SearchBox } from './components/SearchBox';
import { SearchSection } from './sections/SearchSection';
import { CommitteesSection } from './sections/CommitteesSection';
import { HomeSection } from './sections/HomeSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { InspectionsSection } from './sections/InspectionsSection';
import { MeetingsSection } from './sections/MeetingsSection';
import { SettingsSection } from './sections/SettingsSection';
import { useWorkspaceStore } from './stores/workspace-store';

const PAGES: Record<NavSectionId, (props: SectionProps) => React.JSX.Element> = {
  home: HomeSection,
  committees: CommitteesSection,
  meetings: MeetingsSection,
  inspections: InspectionsSection,
  documents: DocumentsSection,
  settings: SettingsSection,
};

export function App() {
  const route = useRoute();
  const load = useWorkspaceStore((state) => state.load);
  const status = useWorkspaceStore((state) => state.status);
  useEngineEvents();
  useEffect(() => { void load(); }, [load]);

  const Page = route.section === 'search' ? null : PAGES[route.section];
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-header__name">Scrutiny Pack Builder</span>
        {status?.isOpen && <span className="app-header__workspace">{status.fileName}</span>}
        <SearchBox />
      </header>
      <Navigation current={route.section} />
      <main id="main" className="main" tabIndex={-1}>
        {Page ? <Page rest={route.rest} /> : <SearchSection key={route.rest.join('/')} query={route.rest.join('/')} />}
      </main>
      <StatusBar />
      <Toasts />
    </div>
  );
}
