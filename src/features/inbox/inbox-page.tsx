import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../components/ui/use-t';
import { useLocation } from 'wouter';
import { referralQueries } from '../../api/referral-queries';
import { useToast } from '../../components/ui/toast';
import { useNow } from '../../components/ui/use-now';
import type { CloseDecision } from '../../domain/close';
import type { Referral } from '../../domain/referral-schema';
import { inboxOrder, isNewSince } from '../../domain/triage';
import { useApiErrorText } from '../../shared/api-error-text';
import { BulkActionsBar } from '../../shared/bulk-actions-bar';
import { CloseDialog } from '../../shared/close-dialog';
import type { CloseFormValues } from '../../shared/close-form-schema';
import { NewReferralLink } from '../../shared/new-referral-link';
import { InboxRow } from './inbox-row';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useInboxKeys } from './use-inbox-keys';
import { useInboxSelection } from './use-inbox-selection';
import { useLastVisit } from './use-last-visit';
import { useTriageActions } from './use-triage-actions';
import './inbox.css';

export type { InboxSelection } from './use-inbox-selection';

/** Rows rendered at first; more follow on request or when the keys walk past the last one. */
const PAGE = 100;

type Declining = { referral: Referral; draft?: CloseFormValues; isSaving: boolean };

/** /inbox: the referrals that await an answer, worked from the keyboard or the mouse. */
export function InboxPage() {
  const { t } = useT('inbox');
  const errorText = useApiErrorText();
  const toast = useToast();
  const [, navigate] = useLocation();
  const query = useQuery(referralQueries.list({}));
  const nowDate = useNow(60_000);
  const now = nowDate.getTime();
  const lastVisit = useLastVisit();
  const actions = useTriageActions();
  const items = query.data?.items;
  const rows = useMemo(() => inboxOrder(items ?? [], now), [items, now]);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const selection = useInboxSelection(ids);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [savingIds, setSavingIds] = useState<ReadonlySet<string>>(() => new Set());
  const [declining, setDeclining] = useState<Declining | null>(null);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [visibleCount, setVisibleCount] = useState(PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const emptyRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null | undefined>(undefined);

  const current = currentId !== null && ids.includes(currentId) ? currentId : (ids[0] ?? null);

  // Focus moves after the render that shows its target (a row, or the empty state).
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    if (target === null) {
      if (ids.length === 0) {
        emptyRef.current?.focus();
        pendingFocus.current = undefined;
      }
      return;
    }
    const link = listRef.current?.querySelector<HTMLElement>(
      `[data-row-id="${CSS.escape(target)}"] [data-row-link]`,
    );
    if (link) {
      link.focus();
      pendingFocus.current = undefined;
    }
  });

  const focusRow = useCallback(
    (id: string | null) => {
      pendingFocus.current = id;
      if (id !== null) {
        setCurrentId(id);
        const index = ids.indexOf(id);
        if (index >= visibleCount) setVisibleCount(index + PAGE);
      }
      // Re-render even when nothing else changes, so the effect above moves the focus.
      setSavingIds((s) => new Set(s));
    },
    [ids, visibleCount],
  );

  /** Where the focus goes when a row leaves: the next row still in the inbox, else the previous. */
  const neighbourOf = (id: string, leaving: ReadonlySet<string>): string | null => {
    const index = ids.indexOf(id);
    const stays = (rowId: string | undefined) =>
      rowId !== undefined && rowId !== id && !leaving.has(rowId);
    for (let i = index + 1; i < ids.length; i++) if (stays(ids[i])) return ids[i]!;
    for (let i = index - 1; i >= 0; i--) if (stays(ids[i])) return ids[i]!;
    return null;
  };

  const nameOf = (referral: Referral) => referral.name || t('unnamed');

  const handleAccept = (referral: Referral) => {
    if (savingIds.has(referral.id)) return;
    const leaving = new Set(savingIds).add(referral.id);
    focusRow(neighbourOf(referral.id, leaving));
    setSavingIds(leaving);
    actions
      .accept(referral)
      .then(() => toast.show(t('accepted', { name: nameOf(referral) }), 'success'))
      .catch((error: unknown) =>
        toast.show(
          t('actionFailed', { name: nameOf(referral), message: errorText(error) }),
          'error',
        ),
      )
      .finally(() =>
        setSavingIds((s) => {
          const next = new Set(s);
          next.delete(referral.id);
          return next;
        }),
      );
  };

  const handleDecline = (referral: Referral) => {
    if (savingIds.has(referral.id)) return;
    setDeclining({ referral, isSaving: false });
  };

  const handleDeclineConfirm = (decision: CloseDecision, values: CloseFormValues) => {
    if (!declining) return;
    const { referral } = declining;
    setDeclining({ referral, draft: values, isSaving: true });
    const next = neighbourOf(referral.id, savingIds);
    actions
      .decline(referral, decision)
      .then(() => {
        setDeclining(null);
        focusRow(next);
        toast.show(t('declined', { name: nameOf(referral) }), 'success');
      })
      .catch((error: unknown) => {
        // The dialog stays open with what the user chose; nothing looks saved.
        setDeclining({ referral, draft: values, isSaving: false });
        toast.show(
          t('actionFailed', { name: nameOf(referral), message: errorText(error) }),
          'error',
        );
      });
  };

  const handleToggle = useCallback(
    (id: string, isRange: boolean) => {
      if (isRange) selection.selectRange(id);
      else selection.toggle(id);
    },
    [selection],
  );

  // The dialog is mounted only while open; the focus goes back to the row the keys were on.
  const handleHelpClose = () => {
    setIsHelpOpen(false);
    if (current !== null) focusRow(current);
  };

  const handleFocusRow = useCallback((id: string) => setCurrentId(id), []);

  useInboxKeys({
    isActive: !isHelpOpen && declining === null,
    rowIds: ids,
    current,
    onMove: (id) => focusRow(id),
    onOpen: (id) => navigate(`/referrals/${encodeURIComponent(id)}`),
    onAccept: (id) => {
      const referral = rows.find((r) => r.id === id);
      if (referral) handleAccept(referral);
    },
    onDecline: (id) => {
      const referral = rows.find((r) => r.id === id);
      if (referral) handleDecline(referral);
    },
    onSelect: (id) => selection.toggle(id),
    onRange: (id) => selection.selectRange(id),
    onHelp: () => setIsHelpOpen(true),
  });

  const list = query.data;
  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <div className="inbox-header">
        <h1 id="inbox-title">{t('title')}</h1>
        <p className="inbox-intro">{t('intro')}</p>
        <button type="button" className="button-secondary" onClick={() => setIsHelpOpen(true)}>
          {t('shortcuts.open')} <kbd aria-hidden="true">?</kbd>
        </button>
        <NewReferralLink />
      </div>
      {list && rows.length > 0 && (
        <div className="inbox-summary">
          <p>{t('count', { count: rows.length })}</p>
          <p role="status" className="inbox-selected" data-testid="inbox-selected">
            {t('selected', { count: selection.selectedIds.length })}
          </p>
        </div>
      )}
      {list && <BulkActionsBar selection={selection.store} referrals={rows} />}
      {query.isPending && (
        <p role="status" className="loading">
          {t('loading')}
        </p>
      )}
      {query.isError && (
        <div role="alert" className="error-state">
          <p>{t('loadError')}</p>
          <p>{errorText(query.error)}</p>
          <button type="button" onClick={() => void query.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {rows.length > 0 && (
        <ul className="inbox-list" aria-label={t('listLabel')} ref={listRef}>
          {rows.slice(0, visibleCount).map((referral) => (
            <InboxRow
              key={referral.id}
              referral={referral}
              now={now}
              isNew={isNewSince(referral, lastVisit)}
              isSelected={selection.isSelected(referral.id)}
              isSaving={savingIds.has(referral.id)}
              isCurrent={referral.id === current}
              onToggle={handleToggle}
              onAccept={handleAccept}
              onDecline={handleDecline}
              onFocusRow={handleFocusRow}
            />
          ))}
        </ul>
      )}
      {rows.length > visibleCount && (
        <button type="button" onClick={() => setVisibleCount((n) => n + PAGE)}>
          {t('showMore', { count: Math.min(PAGE, rows.length - visibleCount) })}
        </button>
      )}
      {list?.isComplete && rows.length === 0 && !query.isError && (
        <div className="inbox-empty" role="status" data-testid="inbox-empty">
          <h2 tabIndex={-1} ref={emptyRef}>
            {t('empty.title')}
          </h2>
          <p>{t('empty.text')}</p>
        </div>
      )}
      {declining && (
        <CloseDialog
          referral={declining.referral}
          isOpen
          initialOutcome="closed-declined"
          isSubmitting={declining.isSaving}
          draft={declining.draft}
          onCancel={() => setDeclining(null)}
          onConfirm={handleDeclineConfirm}
        />
      )}
      {isHelpOpen && <ShortcutsDialog isOpen onClose={handleHelpClose} />}
    </section>
  );
}
