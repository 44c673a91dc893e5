import { useQuery } from '@tanstack/react-query';
import type { ServerFilter } from '../../api/odata-filter';
import { referralQueries } from '../../api/referral-queries';

/**
 * Which cached list the view reads (docs/decisions/003-list-filtering.md):
 * - the unfiltered list whenever the cache holds it (complete or still arriving): every filter then
 *   applies on the client, with no request, and the pipeline board shares that cache;
 * - otherwise, when some filter can go to the server, the server-filtered list, which is smaller and
 *   so faster to show for a shared or bookmarked link;
 * - otherwise the unfiltered list.
 * Every filter is applied on the client as well, so a source that holds more than the view asks
 * for (or a row edited out of a server filter) never shows a wrong row.
 */
export function useReferralList(serverFilter: ServerFilter) {
  const hasServerFilter = Object.values(serverFilter).some(Boolean);
  // Observes the unfiltered cache without fetching it.
  const unfiltered = useQuery({ ...referralQueries.list({}), enabled: false });
  const source: ServerFilter = hasServerFilter && unfiltered.data === undefined ? serverFilter : {};
  return useQuery(referralQueries.list(source));
}
