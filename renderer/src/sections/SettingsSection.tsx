import { useId, useState } from 'react';
import { formatFileSize } from '../../../shared/format/sizes';
import { PathForm } from '../components/PathForm';
import { SectionPage } from '../components/SectionPage';
import { callOrToast } from '../stores/call';
import { useToastStore } from '../stores/toast-store';
import { useWorkspaceStore } from '../stores/workspace-store';
import { AboutApp } from './settings/AboutApp';
import { AuthorityForm } from './settings/AuthorityForm';
import { NonWorkingDays } from './settings/NonWorkingDays';
import { RecentWorkspaces } from './settings/RecentWorkspaces';
import { WorkspaceDetails } from './settings/WorkspaceDetails';

export function SettingsSection() {
  const open = useWorkspaceStore((state) => state.open);
  const create = useWorkspaceStore((state) => state.create);
  const showToast = useToastStore((state) => state.show);
  const [isOverwrite, setOverwrite] = useState(false);
  const overwriteId = useId();
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));

  const saveCopy = async (path: string) => {
    const saved = await callOrToast('workspace/saveCopy', { path, overwrite: isOverwrite });
    if (saved) showToast('success', `Saved a copy to ${saved.path} (${formatFileSize(saved.sizeBytes)}).`);
    return saved !== null;
  };

  return (
    <SectionPage title="Settings" intro="The authority and its house style, the workspace file this window works on, and the app itself.">
      <section className="card" aria-labelledby="authority-heading">
        <h2 id="authority-heading">Authority and house style</h2>
        {workspacePath ? <AuthorityForm workspacePath={workspacePath} /> : <p>Open or create a workspace to set the authority’s details.</p>}
      </section>

      <section className="card" aria-labelledby="non-working-days-heading">
        <h2 id="non-working-days-heading">Non-working days</h2>
        {workspacePath ? <NonWorkingDays workspacePath={workspacePath} /> : <p>Open or create a workspace to see and add non-working days.</p>}
      </section>

      <section className="card" aria-labelledby="workspace-heading">
        <h2 id="workspace-heading">Workspace</h2>
        <WorkspaceDetails />
        <PathForm
          legend="Save a copy"
          hint="A complete, consistent copy of the workspace, for a backup or to hand over. Work can go on while it is written."
          buttonLabel="Save copy"
          placeholder="/home/you/Documents/Committee work (copy).scrutiny"
          onSubmit={saveCopy}
        >
          <div className="checkbox">
            <input id={overwriteId} type="checkbox" checked={isOverwrite} onChange={(event) => { setOverwrite(event.target.checked); }} />
            <label htmlFor={overwriteId}>Replace the file if it already exists</label>
          </div>
        </PathForm>
      </section>

      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent workspaces</h2>
        <RecentWorkspaces />
        <PathForm
          legend="Open a workspace"
          hint="The full path of a .scrutiny file. In the desktop app, File › Open workspace… does the same."
          buttonLabel="Open"
          placeholder="/home/you/Documents/Committee work.scrutiny"
          onSubmit={open}
        />
        <PathForm
          legend="Create a new workspace"
          hint="A new, empty workspace file. An existing file is never replaced."
          buttonLabel="Create"
          placeholder="/home/you/Documents/New workspace.scrutiny"
          onSubmit={create}
        />
      </section>

      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <AboutApp />
      </section>
    </SectionPage>
  );
}
