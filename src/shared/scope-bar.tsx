import { useT } from '../components/ui/use-t';
import { SCOPE_IDS, type ScopeId } from '../domain/scopes';
import './scope-bar.css';

type ScopeBarProps = {
  selected: readonly ScopeId[];
  counts: Record<ScopeId, number> | undefined;
  onChange: (scopes: ScopeId[]) => void;
};

/** Toggle buttons for the scopes, each with its count; the pressed ones narrow the view together. */
export function ScopeBar({ selected, counts, onChange }: ScopeBarProps) {
  const { t } = useT('referral');
  const toggle = (scope: ScopeId) =>
    onChange(
      selected.includes(scope)
        ? selected.filter((s) => s !== scope)
        : SCOPE_IDS.filter((s) => s === scope || selected.includes(s)),
    );
  return (
    <div className="scope-bar" role="group" aria-label={t('scope.label')}>
      {SCOPE_IDS.map((scope) => {
        const count = counts?.[scope];
        return (
          <button
            key={scope}
            type="button"
            className="scope-button"
            aria-pressed={selected.includes(scope)}
            onClick={() => toggle(scope)}
          >
            {t(`scope.${scope}`)}
            {count !== undefined ? (
              <span className="scope-count"> ({count})</span>
            ) : (
              // Not counted yet: the room a count takes, kept so the buttons do not widen later.
              <span className="scope-count scope-count-pending" aria-hidden="true">
                {' (00)'}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
