import { useId, useState, type FormEvent } from 'react';
import { useT } from '../components/ui/use-t';
import { useLocalStore } from './local-store';
import './scope-bar.css';
import {
  deleteView,
  filterQueryOf,
  MAX_VIEW_NAME,
  renameView,
  saveView,
  savedViewsStore,
  type SavedView,
} from './saved-views';

type SavedViewsMenuProps = {
  /** The current URL query; its filter parameters are what a view saves. */
  params: URLSearchParams;
  /** Open a view: the caller writes its filters into the URL. */
  onApply: (query: string) => void;
};

/** Name the current filter set, open a saved one, rename or delete it. */
export function SavedViewsMenu({ params, onApply }: SavedViewsMenuProps) {
  const { t } = useT('referral');
  const views = useLocalStore(savedViewsStore);
  const [isOpen, setIsOpen] = useState(false);
  const current = filterQueryOf(params);
  return (
    <details
      className="saved-views"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>{t('views.menu', { count: views.length })}</summary>
      {isOpen && (
        <div className="saved-views-panel">
          {views.length === 0 ? (
            <p>{t('views.none')}</p>
          ) : (
            <ul className="saved-views-list">
              {views.map((view) => (
                <ViewItem
                  key={view.id}
                  view={view}
                  isCurrent={view.query === current}
                  onApply={() => {
                    onApply(view.query);
                    setIsOpen(false);
                  }}
                />
              ))}
            </ul>
          )}
          <SaveForm query={current} />
        </div>
      )}
    </details>
  );
}

function useNameField(initial: string) {
  const [name, setName] = useState(initial);
  const trimmed = name.trim();
  const error =
    trimmed === ''
      ? 'views.nameRequired'
      : trimmed.length > MAX_VIEW_NAME
        ? 'views.nameTooLong'
        : null;
  return { name, setName, trimmed, error };
}

function SaveForm({ query }: { query: string }) {
  const { t } = useT('referral');
  const id = useId();
  const field = useNameField('');
  const [isTouched, setIsTouched] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIsTouched(true);
    if (field.error) return;
    saveView(field.trimmed, query);
    setSaved(field.trimmed);
    field.setName('');
    setIsTouched(false);
  };
  const showError = isTouched && field.error;
  return (
    <form className="saved-views-save" noValidate onSubmit={handleSubmit}>
      <label htmlFor={id}>{t('views.nameLabel')}</label>
      <input
        id={id}
        value={field.name}
        maxLength={MAX_VIEW_NAME + 20}
        aria-invalid={showError ? true : undefined}
        aria-describedby={showError ? `${id}-error` : undefined}
        onChange={(event) => field.setName(event.target.value)}
      />
      {showError && (
        <p id={`${id}-error`} className="field-error">
          {t(field.error ?? '', { max: MAX_VIEW_NAME })}
        </p>
      )}
      <button type="submit">{t('views.save')}</button>
      {saved && (
        <p role="status" className="saved-views-done">
          {t('views.saved', { name: saved })}
        </p>
      )}
    </form>
  );
}

function ViewItem({
  view,
  isCurrent,
  onApply,
}: {
  view: SavedView;
  isCurrent: boolean;
  onApply: () => void;
}) {
  const { t } = useT('referral');
  const id = useId();
  const [isRenaming, setIsRenaming] = useState(false);
  const field = useNameField(view.name);
  if (isRenaming) {
    return (
      <li>
        <form
          className="saved-views-rename"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (field.error) return;
            renameView(view.id, field.trimmed);
            setIsRenaming(false);
          }}
        >
          <label htmlFor={id}>{t('views.renameLabel', { name: view.name })}</label>
          <input
            id={id}
            value={field.name}
            aria-invalid={field.error ? true : undefined}
            aria-describedby={field.error ? `${id}-error` : undefined}
            onChange={(event) => field.setName(event.target.value)}
          />
          {field.error && (
            <p id={`${id}-error`} className="field-error">
              {t(field.error, { max: MAX_VIEW_NAME })}
            </p>
          )}
          <button type="submit">{t('views.renameSave')}</button>
          <button type="button" className="button-secondary" onClick={() => setIsRenaming(false)}>
            {t('views.cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-view">
      <button
        type="button"
        className="saved-view-open"
        aria-current={isCurrent ? 'true' : undefined}
        onClick={onApply}
      >
        {view.name}
      </button>
      <button
        type="button"
        className="button-ghost"
        aria-label={t('views.rename', { name: view.name })}
        onClick={() => setIsRenaming(true)}
      >
        {t('views.renameShort')}
      </button>
      <button
        type="button"
        className="button-ghost"
        aria-label={t('views.delete', { name: view.name })}
        onClick={() => deleteView(view.id)}
      >
        {t('views.deleteShort')}
      </button>
    </li>
  );
}
