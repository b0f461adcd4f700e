import { useEffect, useRef, useState } from 'react';
import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { useImportStore, type ImportStep } from '../../stores/import-store';
import { useToastStore } from '../../stores/toast-store';
import { ImportChoose } from './ImportChoose';
import { ImportReview } from './ImportReview';
import { ImportSave } from './ImportSave';
import { countOf } from './inspection-words';

const STEPS: readonly { step: ImportStep; label: string }[] = [
  { step: 'choose', label: 'Choose the report' },
  { step: 'review', label: 'Check what was found' },
  { step: 'save', label: 'Create the inspection' },
];

/**
 * The import wizard: choose (or drop) a report, check what was found beside
 * the source, then create the inspection and its plan. A file dropped anywhere
 * on the window is taken while a report is being chosen.
 */
export function ImportWizard() {
  const step = useImportStore((state) => state.step);
  const announcement = useAnnouncement();
  const isDragging = useWindowDrop(step);
  const heading = useRef<HTMLHeadingElement>(null);
  const lastStep = useRef(step);

  useEffect(() => {
    // Each new step is announced by moving to its heading; the first one is announced by the page title.
    if (lastStep.current !== step) heading.current?.focus();
    lastStep.current = step;
  }, [step]);

  const stepIndex = STEPS.findIndex((one) => one.step === step);
  return (
    <SectionPage title="Import an inspection report">
      <div className={`import-wizard import-wizard--${step}${isDragging ? ' import-wizard--dragging' : ''}`}>
        <p className="pack-back"><a href={hashFor('inspections')}>All inspections</a></p>
        <ol className="import-steps" aria-label="Steps">
          {STEPS.map((one, index) => (
            <li key={one.step} aria-current={one.step === step ? 'step' : undefined}>
              <span className="import-steps__number" aria-hidden="true">{index + 1}</span> {one.label}
            </li>
          ))}
        </ol>
        <h2 ref={heading} tabIndex={-1} className="import-step-heading">
          <span className="visually-hidden">Step {stepIndex + 1} of {STEPS.length}: </span>
          {STEPS[stepIndex]?.label}
        </h2>
        {/* Always present, so a screen reader is listening before the text changes. */}
        <p className="import-announce visually-hidden" role="status">{announcement}</p>
        {step === 'choose' && <ImportChoose />}
        {step === 'review' && <ImportReview />}
        {step === 'save' && <ImportSave />}
        {isDragging && <div className="import-drop-overlay" aria-hidden="true"><p>Drop the report to read it</p></div>}
      </div>
    </SectionPage>
  );
}

/** One sentence for the live region on what the read found. */
function useAnnouncement(): string {
  return useImportStore((state) => {
    if (state.step !== 'review' || !state.found) return '';
    const { parsed, fileName } = state.found;
    const found = `Read ${fileName}: ${countOf(parsed.judgements.length, 'judgement')} and ${countOf(parsed.recommendations.length, 'recommendation')} found`;
    // Politely, after whatever is being read out: the points to check themselves, not just how many.
    return parsed.warnings.length === 0 ? `${found}, nothing flagged.` : `${found}, ${countOf(parsed.warnings.length, 'point')} to check: ${parsed.warnings.join(' ')}`;
  });
}

/** Takes a file dropped anywhere on the window, and keeps the browser from opening it in place of the app. */
function useWindowDrop(step: ImportStep): boolean {
  const readFile = useImportStore((state) => state.readFile);
  const [isDragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      if (step === 'choose') setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = step === 'choose' ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (step === 'choose') void readFile(file);
      else useToastStore.getState().show('info', `To read “${file.name}” instead, choose “Start again” first. The report you are checking is kept until then.`);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [step, readFile]);
  return isDragging && step === 'choose';
}
