import type { Person } from '../../../../shared/api/methods/people';
import { useLiveRead, type LiveRead } from './use-live-read';

/** Everyone who can be given a role or named as contact officer (archived people are left out). */
export function usePeople(): LiveRead<Person[]> {
  return useLiveRead('people/list', {});
}
