import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  intro?: string;
  children: ReactNode;
};

let isFirstPage = true;

/** A section's page: its heading takes focus when the user arrives, so screen readers announce where they are. */
export function SectionPage({ title, intro, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Scrutiny Pack Builder`;
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    heading.current?.focus();
  }, [title]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {intro && <p className="page-intro">{intro}</p>}
      {children}
    </>
  );
}
