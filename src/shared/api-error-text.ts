import { useCallback } from 'react';
import { useT } from '../components/ui/use-t';
import { FOREIGN_ORIGIN, isApiError } from '../api/api-error';

/** A sentence for the user that says what happened, from any error a query or mutation threw. */
export function useApiErrorText(): (error: unknown) => string {
  const { t } = useT('common');
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        return t('error.unexpected', {
          message: error instanceof Error ? error.message : String(error),
        });
      }
      switch (error.kind) {
        case 'network':
          return t('error.network');
        case 'timeout':
          return t('error.timeout');
        // error.message is the client's English wording for logs; the UI says it in its language.
        case 'invalid-response':
          if (error.code === FOREIGN_ORIGIN)
            return t('error.foreignOrigin', { origin: error.target ?? '' });
          return error.path
            ? t('error.invalidResponseAt', { path: error.path })
            : t('error.invalidResponse');
        case 'http':
          if (error.status === 429)
            return t('error.throttled', {
              seconds: Math.ceil((error.retryAfterMs ?? 1000) / 1000),
            });
          if (error.status === 403) return t('error.forbidden');
          if (error.status === 404) return t('error.notFound');
          return error.serverMessage
            ? t('error.http', { status: error.status, message: error.serverMessage })
            : t('error.httpStatus', { status: error.status });
      }
    },
    [t],
  );
}
