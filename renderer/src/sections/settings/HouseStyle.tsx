import { BODY_FONT_SIZE, FONT_FAMILIES, type FontFamily } from '../../../../shared/api/methods/settings';
import { useSettingsStore } from '../../stores/settings-store';
import { SettingsField } from './SettingsField';

/** How the packs look: the font the PDF and Word files embed, its size and the accent colour. */
export function HouseStyle() {
  const draft = useSettingsStore((state) => state.draft);
  const setField = useSettingsStore((state) => state.setField);
  if (!draft) return null;
  return (
    <div className="settings-row">
      <SettingsField field="fontFamily" label="Font" hint="Fonts the packs can embed, so they look the same on every computer.">
        {(control) => (
          <select
            {...control}
            value={draft.fontFamily}
            onChange={(event) => { setField('fontFamily', FONT_FAMILIES.find((font) => font === event.target.value) ?? draft.fontFamily); }}
          >
            {FONT_FAMILIES.map((font: FontFamily) => <option key={font} value={font}>{font}</option>)}
          </select>
        )}
      </SettingsField>
      <SettingsField field="bodyFontSizePt" label="Body text size (points)" hint={`From ${BODY_FONT_SIZE.min} to ${BODY_FONT_SIZE.max}; half points allowed.`}>
        {(control) => (
          <input
            {...control}
            className="settings-number"
            type="number"
            inputMode="decimal"
            min={BODY_FONT_SIZE.min}
            max={BODY_FONT_SIZE.max}
            step={0.5}
            value={draft.bodyFontSizePt}
            onChange={(event) => { setField('bodyFontSizePt', event.target.value); }}
          />
        )}
      </SettingsField>
      <SettingsField field="accentColour" label="Accent colour" hint="Used for headings and table headers.">
        {(control) => (
          <span className="settings-colour">
            <input {...control} type="color" value={draft.accentColour.toLowerCase()} onChange={(event) => { setField('accentColour', event.target.value.toUpperCase()); }} />
            <span className="settings-colour__hex" aria-hidden="true">{draft.accentColour.toUpperCase()}</span>
          </span>
        )}
      </SettingsField>
    </div>
  );
}
