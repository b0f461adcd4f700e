import { useSettingsStore } from '../../stores/settings-store';
import { SettingsField } from './SettingsField';

/** Who the packs come from, and who is making the changes. */
export function AuthorityDetails() {
  const draft = useSettingsStore((state) => state.draft);
  const setField = useSettingsStore((state) => state.setField);
  if (!draft) return null;
  return (
    <>
      <SettingsField field="name" label="Authority name" hint="As it appears on agenda front sheets and reports, for example Example Borough Council.">
        {(control) => (
          <input {...control} type="text" autoComplete="organization" value={draft.name} onChange={(event) => { setField('name', event.target.value); }} />
        )}
      </SettingsField>
      <SettingsField field="address" label="Address" hint="Printed on agendas and minutes. Put each line of the address on its own line.">
        {(control) => <textarea {...control} rows={4} value={draft.address} onChange={(event) => { setField('address', event.target.value); }} />}
      </SettingsField>
      <SettingsField field="authorName" label="Your name (recorded in the audit trail)" hint="Each change you make in this workspace is recorded under this name.">
        {(control) => (
          <input {...control} type="text" autoComplete="name" value={draft.authorName} onChange={(event) => { setField('authorName', event.target.value); }} />
        )}
      </SettingsField>
    </>
  );
}
