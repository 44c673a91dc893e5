import { useT } from '../components/ui/use-t';

export function ErrorFallback({ error, onReset }: { error: unknown; onReset?: () => void }) {
  const { t } = useT();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error-state">
      <h1>{t('error.title')}</h1>
      <p>{t('error.unexpected', { message })}</p>
      <p>
        {onReset && (
          <button type="button" onClick={onReset}>
            {t('error.retry')}
          </button>
        )}{' '}
        <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </div>
  );
}

/** The `*` route: the address matched no page. */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <div role="alert" className="error-state">
      <h1>{t('error.title')}</h1>
      <p>{t('error.notFoundPage')}</p>
    </div>
  );
}
