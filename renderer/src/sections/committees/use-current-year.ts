import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { todayIso } from '../plans/plan-words';
import { municipalYearOf } from '../../../../shared/format/municipal-year';

/** The municipal year today falls in, by the authority's start month; null until the settings are read. */
export function useCurrentMunicipalYear(): number | null {
  const settings = useWorkspaceRead('settings/get', {});
  return settings.value ? municipalYearOf(todayIso(), settings.value.municipalYearStartMonth) : null;
}
