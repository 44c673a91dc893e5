import { useId, type RefObject } from 'react';
import { useT } from '../../components/ui/use-t';

type SearchBoxProps = {
  value: string;
  /** Remounts the (uncontrolled) input with `value`: see useSearchDraft. */
  resetKey: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** When true as the input mounts, it takes the focus (and the flag is reset). */
  focusOnMountRef: RefObject<boolean>;
};

/** Uncontrolled: the text typed is never held back or overwritten by the router's URL update. */
export function SearchBox({ value, resetKey, onChange, onBlur, focusOnMountRef }: SearchBoxProps) {
  const { t } = useT('list');
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        key={resetKey}
        ref={(input) => {
          if (input && focusOnMountRef.current) {
            focusOnMountRef.current = false;
            input.focus();
          }
        }}
        id={id}
        type="search"
        defaultValue={value}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
