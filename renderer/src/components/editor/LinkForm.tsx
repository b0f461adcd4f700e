import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { LINK_ADDRESS_PROBLEM, linkAddressOf } from './link-address';

type Props = { editor: Editor; onClose: () => void };

/** Adds, changes or removes the link at the cursor; opened from the toolbar or with Ctrl+K. */
export function LinkForm({ editor, onClose }: Props) {
  const id = useId();
  const address = useRef<HTMLInputElement>(null);
  const [initial] = useState(() => {
    const { from, to, empty } = editor.state.selection;
    const href: unknown = editor.getAttributes('link')['href'];
    return { href: typeof href === 'string' ? href : '', isLink: editor.isActive('link'), needsText: empty && !editor.isActive('link'), selected: editor.state.doc.textBetween(from, to, ' ') };
  });
  const [href, setHref] = useState(initial.href);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => { address.current?.focus(); }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const link = linkAddressOf(href);
    if (link === null) {
      setProblem(LINK_ADDRESS_PROBLEM);
      address.current?.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (initial.needsText) {
      const words = text.trim() === '' ? href.trim() : text.trim();
      chain.insertContent({ type: 'text', text: words, marks: [{ type: 'link', attrs: { href: link } }] }).unsetMark('link').run();
    } else {
      chain.extendMarkRange('link').setLink({ href: link }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form
      className="rte-link"
      aria-label={initial.isLink ? 'Edit link' : 'Add link'}
      noValidate
      onSubmit={apply}
      onKeyDown={(event) => { if (event.key === 'Escape') { event.preventDefault(); close(); } }}
    >
      <div className="rte-link__field">
        <label htmlFor={`${id}-address`}>Link to</label>
        <input
          ref={address}
          id={`${id}-address`}
          type="text"
          inputMode="url"
          value={href}
          spellCheck={false}
          autoComplete="off"
          placeholder="https://… or an email address"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => { setHref(event.target.value); setProblem(null); }}
        />
      </div>
      {initial.needsText && (
        <div className="rte-link__field">
          <label htmlFor={`${id}-text`}>Words to show</label>
          <input id={`${id}-text`} type="text" value={text} onChange={(event) => { setText(event.target.value); }} />
        </div>
      )}
      {!initial.needsText && initial.selected !== '' && <p className="rte-link__on">On: “{initial.selected}”</p>}
      {problem && <p id={`${id}-problem`} className="rte-link__problem">{problem}</p>}
      <div className="rte-link__actions">
        <button type="submit">{initial.isLink ? 'Update link' : 'Add link'}</button>
        {initial.isLink && <button type="button" className="button-secondary" onClick={remove}>Remove link</button>}
        <button type="button" className="button-secondary" onClick={close}>Cancel</button>
      </div>
    </form>
  );
}
