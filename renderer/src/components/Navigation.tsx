import { SECTIONS, hashFor, type SectionId } from '../sections';

type Props = { current: SectionId };

/** The app's main navigation: plain links, so the keyboard and screen readers know them. */
export function Navigation({ current }: Props) {
  return (
    <nav className="navigation" aria-label="Main">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={hashFor(section.id)} aria-current={section.id === current ? 'page' : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
