// The meeting page is long (details, agenda, minutes, timetable, pack), so a
// row of links jumps to each part. They are buttons, not "#fragment" links:
// the address's fragment is the app's route.
const SECTIONS = [
  { id: 'meeting-details', label: 'Details' },
  { id: 'meeting-agenda', label: 'Agenda' },
  { id: 'meeting-minutes', label: 'Minutes' },
  { id: 'meeting-timetable', label: 'Timetable' },
  { id: 'meeting-pack', label: 'Pack' },
] as const;

/** Scrolls to a part of the page and puts focus on its heading, so keyboard and screen-reader users land there too. */
function jumpTo(id: string): void {
  const heading = document.getElementById(id)?.querySelector('h2');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** "On this page": Details · Agenda · Minutes · Timetable · Pack. */
export function PageSections() {
  return (
    <nav className="meeting-sections" aria-label="On this page">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <button type="button" className="meeting-sections__link" onClick={() => { jumpTo(section.id); }}>{section.label}</button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
