import { useSyncExternalStore } from 'react';
import { sectionFromHash, type SectionId } from '../sections';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => { window.removeEventListener('hashchange', onChange); };
}

/** The section in the address (#/meetings), so back and forward work as people expect. */
export function useSection(): SectionId {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
}
