import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { hashFor } from '../sections';

/** The search field in the app frame: Enter opens the results page; "/" or Ctrl+K jumps here from anywhere. */
export function SearchBox() {
  const [text, setText] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const isTyping = target?.closest('input, textarea, [contenteditable="true"]') !== null && target !== null;
      if ((event.key === '/' && !isTyping) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        field.current?.focus();
        field.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => { window.removeEventListener('keydown', onKeyDown); };
  }, []);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() !== '') window.location.hash = hashFor('search', text.trim());
  };

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search-workspace" className="visually-hidden">Search the workspace</label>
      <input
        ref={field}
        id="search-workspace"
        type="search"
        value={text}
        placeholder="Search the workspace (press /)"
        autoComplete="off"
        onChange={(event) => { setText(event.target.value); }}
      />
      <button type="submit">Search</button>
    </form>
  );
}
