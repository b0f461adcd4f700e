import { useEffect, type SyntheticEvent } from 'react';
import { useIsDirty, useSettingsStore, type SettingsField } from '../../stores/settings-store';
import { AuthorityDetails } from './AuthorityDetails';
import { HouseStyle } from './HouseStyle';
import { LogoPicker } from './LogoPicker';
import { NumberingRules } from './NumberingRules';
import { controlId } from './SettingsField';

/** Fields in screen order, so focus goes to the first one refused. */
const SCREEN_ORDER: readonly SettingsField[] = [
  'name', 'address', 'authorName', 'logoAttachmentId', 'fontFamily', 'bodyFontSizePt', 'accentColour',
  'minuteNumbering', 'municipalYearStartMonth', 'reportDeadlineDays', 'reportDeadlineBasis',
];

/** The authority's details and house style for the open workspace. */
export function AuthorityForm({ workspacePath }: { workspacePath: string }) {
  const load = useSettingsStore((state) => state.load);
  const isLoaded = useSettingsStore((state) => state.draft !== null);
  const isSaving = useSettingsStore((state) => state.isSaving);
  const save = useSettingsStore((state) => state.save);
  const isDirty = useIsDirty();

  useEffect(() => { void load(workspacePath); }, [load, workspacePath]);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await save()) return;
    const { errors } = useSettingsStore.getState();
    const first = SCREEN_ORDER.find((field) => errors[field] !== undefined);
    if (first) document.getElementById(first === 'minuteNumbering' ? 'settings-minuteNumbering-municipal_year' : controlId(first))?.focus();
  };

  if (!isLoaded) return <p>Loading…</p>;
  return (
    <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      <AuthorityDetails />
      <LogoPicker />
      <h3>House style</h3>
      <HouseStyle />
      <h3>Minutes and reports</h3>
      <NumberingRules />
      <div className="settings-form__actions">
        <button type="submit" disabled={!isDirty || isSaving} aria-busy={isSaving}>
          {isSaving ? 'Saving…' : 'Save settings'}
        </button>
        <span className="hint">{isDirty ? 'You have changes that are not saved yet.' : 'All changes are saved.'}</span>
      </div>
    </form>
  );
}
