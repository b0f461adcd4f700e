import { useSyncExternalStore } from 'react';
import { routeFromHash, type Route } from '../sections';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => { window.removeEventListener('hashchange', onChange); };
}

let lastHash = '';
let lastRoute: Route = routeFromHash('');

/** The page in the address (#/meetings), so back and forward work as people expect. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => {
    // The same hash must give the same object, or React would re-render forever.
    if (window.location.hash !== lastHash) {
      lastHash = window.location.hash;
      lastRoute = routeFromHash(lastHash);
    }
    return lastRoute;
  });
}
