import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useT } from '../components/ui/use-t';
import { useLocation } from 'wouter';
import { referralQueries } from '../api/referral-queries';
import { useToast } from '../components/ui/toast';
import { useNow } from '../components/ui/use-now';
import type { Referral } from '../domain/referral-schema';
import { countNeedsResponse, expiryClock, needsResponse } from '../domain/triage';
import { useSettings } from '../shared/settings';
import { NavLink } from './nav-link';
import { notifyOnce } from './notifications';

/**
 * The list every view shares, kept fresh while the app is open: refetched on window focus and
 * every N minutes (Settings). A refetch replaces the list cache only; open forms keep their own
 * base copy (referral-edit) and the board holds its cards still during a drag (pipeline-board).
 */
export function useFreshList() {
  const { refreshMinutes } = useSettings();
  return useQuery({
    ...referralQueries.list({}),
    refetchOnWindowFocus: 'always',
    refetchInterval: refreshMinutes * 60_000,
  });
}

/** "Needs response" in the navigation, with the live count of referrals awaiting an answer. */
export function InboxNavLink() {
  const { t } = useT();
  const query = useFreshList();
  const now = useNow(60_000).getTime();
  // Counted after the view that brought a new list has been drawn (a pass over every referral,
  // 20–45 ms at 10,000): the badge keeps its last count meanwhile.
  const items = useDeferredValue(query.data?.items);
  const count = useMemo(() => (items ? countNeedsResponse(items, now) : undefined), [items, now]);
  return (
    <NavLink
      to="/inbox"
      aria-label={count === undefined ? undefined : t('nav.inboxCount', { count })}
    >
      {t('nav.inbox')}
      {count !== undefined ? (
        <span className="nav-badge" data-testid="inbox-badge">
          {count}
        </span>
      ) : (
        // Not counted yet: the badge's room is kept, so the links after it do not move (or wrap
        // to another line on a phone) when the count arrives (docs/decisions/065).
        <span className="nav-badge nav-badge-pending" aria-hidden="true">
          0
        </span>
      )}
    </NavLink>
  );
}

const nameOf = (r: Referral) => r.name || r.customerProfile?.name || r.id;

/**
 * Watches each complete refresh of the list: referrals that were not there before raise a toast
 * with a link to the inbox and, when the user turned them on, browser notifications; referrals that
 * entered their last 72 hours notify too. Each referral notifies once per browser.
 */
export function FreshDataWatcher() {
  const { t } = useT();
  const toast = useToast();
  const [, navigate] = useLocation();
  const { notify } = useSettings();
  const query = useFreshList();
  const known = useRef<ReadonlySet<string> | null>(null);
  const list = query.data;
  useEffect(() => {
    if (!list?.isComplete) return;
    const now = Date.now();
    const previous = known.current;
    known.current = new Set(list.items.map((r) => r.id));
    const arrived = previous ? list.items.filter((r) => !previous.has(r.id)) : [];
    if (arrived.length > 0) {
      toast.show(t('fresh.newReferrals', { count: arrived.length }), 'info', {
        label: t('fresh.openInbox'),
        onAction: () => navigate('/inbox'),
      });
    }
    if (!notify) return;
    for (const r of arrived) notifyOnce('new', r.id, t('fresh.notifyNew', { name: nameOf(r) }));
    for (const r of list.items) {
      if (needsResponse(r, now) && expiryClock(r, now)?.isLast72h)
        notifyOnce('expiring', r.id, t('fresh.notifyExpiring', { name: nameOf(r) }));
    }
  }, [list, notify, t, toast, navigate]);
  return null;
}
