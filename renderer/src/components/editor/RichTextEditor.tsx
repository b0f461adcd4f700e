import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { RichText } from '../../../../shared/api/schema';
import { EditorToolbar } from './EditorToolbar';
import { editorKit, type EditorVariant } from './extensions';
import { LinkForm } from './LinkForm';
import { cleanPastedHtml } from './paste-cleaner';
import { fitRichText, richTextFromEditorDoc } from './rich-text-json';
import { toolbarGroups } from './toolbar-items';
import { useToolbarState } from './use-toolbar-state';
import './editor.css';

type Props = {
  value: RichText;
  /** Every change, as the stored JSON; saving (and waiting for typing to stop) is the caller's business. */
  onChange: (value: RichText) => void;
  /** The accessible name of the text area, e.g. "Report text". */
  label: string;
  /** 'full' for reports (headings, numbered paragraphs, tables); 'compact' for notes. */
  variant?: EditorVariant;
  /** The id of words that describe the text area. */
  describedBy?: string;
};

/**
 * A rich-text editor that writes TipTap JSON: the toolbar, the text, Word
 * pasting cleaned up, numbers shown as the pack prints them. A new `value`
 * from outside (not one this editor just sent) replaces the text.
 */
export function RichTextEditor({ value, onChange, label, variant = 'full', describedBy }: Props) {
  const kit = editorKit(variant);
  const id = useId();
  const [initial] = useState(() => fitRichText(value, kit.schema));
  const [isLinkOpen, setLinkOpen] = useState(false);
  const toolbar = useRef<HTMLDivElement>(null);
  const sentRef = useRef<RichText>(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => { onChangeRef.current = onChange; });

  const editorProps = useMemo(
    () => ({
      attributes: {
        id: `${id}-text`,
        class: 'rte-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        'aria-describedby': [describedBy, `${id}-keys`].filter(Boolean).join(' '),
        lang: 'en-GB',
        spellcheck: 'true',
      },
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        if (event.altKey && event.key === 'F10') {
          event.preventDefault();
          toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
          return true;
        }
        return false;
      },
    }),
    [id, label, describedBy],
  );

  const editor = useEditor({
    extensions: kit.extensions,
    // The CSP allows no inline <style>; editor.css carries ProseMirror's rules.
    injectCSS: false,
    content: initial.content ?? undefined,
    editable: initial.content !== null,
    editorProps,
    onUpdate: ({ editor: changed }) => {
      const next = richTextFromEditorDoc(changed.state.doc);
      sentRef.current = next;
      onChangeRef.current(next);
    },
  });

  useReplacedValue(editor, value, sentRef, variant);

  if (initial.content === null) {
    return <p className="rte-problem" role="alert">This text could not be opened in the editor ({initial.error}). It has not been changed.</p>;
  }
  return (
    <div className={`rte rte--${variant}`}>
      <Toolbar editor={editor} variant={variant} controls={`${id}-text`} toolbarRef={toolbar} onLink={() => { setLinkOpen(true); }} />
      {isLinkOpen && <LinkForm editor={editor} onClose={() => { setLinkOpen(false); }} />}
      {initial.replaced.length > 0 && (
        <p className="rte-notice">Parts of this text the editor cannot show ({initial.replaced.join(', ')}) are shown as plain words, and are saved that way when you change the text.</p>
      )}
      <EditorContent editor={editor} className="rte-frame" />
      <p id={`${id}-keys`} className="visually-hidden">Alt+F10 moves to the toolbar.</p>
    </div>
  );
}

type ToolbarProps = { editor: Editor; variant: EditorVariant; controls: string; toolbarRef: React.Ref<HTMLDivElement>; onLink: () => void };

function Toolbar({ editor, variant, controls, toolbarRef, onLink }: ToolbarProps) {
  const state = useToolbarState(editor, variant);
  return (
    <EditorToolbar
      ref={toolbarRef}
      groups={toolbarGroups(editor, state, variant, onLink)}
      controls={controls}
      label="Formatting"
      onLeave={() => { editor.commands.focus(); }}
    />
  );
}

/** Loads a value given from outside (another document, a cleared form) into the editor; the editor's own changes coming back are ignored. */
function useReplacedValue(editor: Editor, value: RichText, sentRef: React.RefObject<RichText>, variant: EditorVariant): void {
  useEffect(() => {
    if (value === sentRef.current || editor.isDestroyed) return;
    sentRef.current = value;
    const current = richTextFromEditorDoc(editor.state.doc);
    if (JSON.stringify(current) === JSON.stringify(value)) return;
    const fitted = fitRichText(value, editorKit(variant).schema);
    if (fitted.content) editor.commands.setContent(fitted.content, { emitUpdate: false });
  }, [editor, value, sentRef, variant]);
}
