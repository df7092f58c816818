// Containment of one located place in another's area, for the places and events stages.
import type { LocationOut } from '../../core/schema.js';

/** Whether `loc` lies in the region or country `area` (a region by its pcode, else by its name). */
export function inArea(area: LocationOut, loc: LocationOut): boolean {
  if (area.country !== loc.country) return false;
  if (area.precision === 'country') return true;
  return area.admin1_pcode ? area.admin1_pcode === loc.admin1_pcode : !!area.admin1 && area.admin1 === loc.admin1;
}
