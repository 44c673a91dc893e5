import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function ErrorFallback({ error, onReset }: { error: unknown; onReset?: () => void }) {
  const { t } = useTranslation();
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

/** Route-level error element (a render error or an unknown route). */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  // As the `*` route's element there is no route error at all: the address matched no page.
  if (error == null || (isRouteErrorResponse(error) && error.status === 404)) {
    return (
      <div role="alert" className="error-state">
        <h1>{t('error.title')}</h1>
        <p>{t('error.notFoundPage')}</p>
      </div>
    );
  }
  return <ErrorFallback error={error} />;
}
