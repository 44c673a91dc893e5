type StartErrorKey = 'error.config' | 'error.startFailed' | 'error.configHelp';

/**
 * What the page shows when the app cannot start (an invalid configuration, a failed sign-in set-up).
 * Rendered outside the providers, so it takes the translator rather than using the hook.
 */
export function StartError({
  t,
  isConfig,
  problems,
}: {
  t: (key: StartErrorKey) => string;
  isConfig: boolean;
  problems: string[];
}) {
  return (
    <main className="error-state" role="alert">
      <h1>{isConfig ? t('error.config') : t('error.startFailed')}</h1>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {isConfig && <p>{t('error.configHelp')}</p>}
    </main>
  );
}
