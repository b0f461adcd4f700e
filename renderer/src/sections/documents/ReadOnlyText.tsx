import { useMemo } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { RichText } from '../../../../shared/api/schema';
import { editorKit } from '../../components/editor/extensions';
import { fitRichText } from '../../components/editor/rich-text-json';
import '../../components/editor/editor.css';

type Props = { value: RichText; label: string; describedBy?: string };

/**
 * A locked document's text, drawn by the editor's own schema and numbering
 * (so it reads exactly as it did while editable, "4.1.1" and all) but with
 * no toolbar and no way to type: the text can be read, selected and copied.
 */
export function ReadOnlyText({ value, label, describedBy }: Props) {
  const kit = editorKit('full');
  const fitted = useMemo(() => fitRichText(value, kit.schema), [value, kit.schema]);
  const editor = useEditor(
    {
      extensions: kit.extensions,
      injectCSS: false,
      editable: false,
      content: fitted.content ?? undefined,
      editorProps: {
        attributes: {
          class: 'rte-text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-label': label,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          lang: 'en-GB',
          // Read-only text is still reached by Tab, so keyboard and screen-reader users can read it.
          tabindex: '0',
        },
      },
    },
    [fitted],
  );
  if (fitted.content === null) return <p className="rte-problem" role="alert">This text could not be shown ({fitted.error}).</p>;
  return (
    <div className="rte rte--full rte--read-only">
      <EditorContent editor={editor} className="rte-frame" />
    </div>
  );
}
