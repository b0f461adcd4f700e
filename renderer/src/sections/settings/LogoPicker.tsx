import { useRef } from 'react';
import { useSettingsStore } from '../../stores/settings-store';
import { controlId, FieldError } from './SettingsField';

/** The authority's logo: the current one, a new one, or none. Changes are saved at once. */
export function LogoPicker() {
  const fileName = useSettingsStore((state) => state.saved?.logoFileName ?? null);
  const preview = useSettingsStore((state) => state.logoPreview);
  const error = useSettingsStore((state) => state.errors.logoAttachmentId);
  const isBusy = useSettingsStore((state) => state.isLogoBusy);
  const uploadLogo = useSettingsStore((state) => state.uploadLogo);
  const removeLogo = useSettingsStore((state) => state.removeLogo);
  const input = useRef<HTMLInputElement>(null);
  const id = controlId('logoAttachmentId');

  const onChoose = async (file: File | undefined) => {
    if (!file) return;
    await uploadLogo(file);
    if (input.current) input.current.value = '';
  };

  return (
    <fieldset className="settings-logo" aria-busy={isBusy}>
      <legend>Logo</legend>
      <p className="hint" id={`${id}-hint`}>A PNG or JPEG image, shown at the top of agendas and reports. A new logo is saved as soon as you choose it.</p>
      {error && <FieldError id={`${id}-error`} message={error} />}
      <div className="settings-logo__current">
        {preview && <img className="settings-logo__preview" src={preview} alt={`Current logo: ${fileName ?? 'image'}`} />}
        <p>{fileName ? <>Current logo: <strong>{fileName}</strong></> : 'No logo yet.'}</p>
      </div>
      <div className="settings-logo__actions">
        <div className="settings-field">
          <label htmlFor={id}>{fileName ? 'Replace the logo' : 'Upload a logo'}</label>
          <input
            ref={input}
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            disabled={isBusy}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => void onChoose(event.target.files?.[0])}
          />
        </div>
        {fileName && (
          <button type="button" className="settings-button--secondary" disabled={isBusy} onClick={() => void removeLogo()}>
            Remove logo
          </button>
        )}
      </div>
      {isBusy && <p className="hint">Saving the logo…</p>}
    </fieldset>
  );
}
