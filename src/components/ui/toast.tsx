import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useT } from './use-t';

export type ToastTone = 'success' | 'error' | 'info';
/** A button in the toast, e.g. "Open the inbox"; the toast closes when it is used. */
export type ToastAction = { label: string; onAction: () => void };
type Toast = { id: number; tone: ToastTone; message: string; action?: ToastAction };
type ToastApi = { show: (message: string, tone?: ToastTone, action?: ToastAction) => void };

const ToastContext = createContext<ToastApi | undefined>(undefined);

const TIMEOUT_MS = 6000;

/** Polite live region for confirmations, assertive for errors; toasts dismiss themselves. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  // A self-dismiss timer that fires after the provider is gone changes nothing (no state update
  // into an unmounted tree). The timers are left to run: StrictMode's trial unmount must not
  // cancel them.
  const isMounted = useRef(false);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((x) => x.id !== id)),
    [],
  );
  const show = useCallback(
    (message: string, tone: ToastTone = 'info', action?: ToastAction) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-4), { id, tone, message, action }]);
      setTimeout(
        () => {
          if (isMounted.current) dismiss(id);
        },
        tone === 'error' ? TIMEOUT_MS * 2 : TIMEOUT_MS,
      );
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label={t('toast.region')}>
        <div role="status" aria-live="polite">
          {toasts
            .filter((x) => x.tone !== 'error')
            .map((x) => (
              <ToastItem key={x.id} toast={x} onDismiss={dismiss} />
            ))}
        </div>
        <div role="alert" aria-live="assertive">
          {toasts
            .filter((x) => x.tone === 'error')
            .map((x) => (
              <ToastItem key={x.id} toast={x} onDismiss={dismiss} />
            ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const { t } = useT();
  return (
    <div className={`toast toast-${toast.tone}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            toast.action?.onAction();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="button-ghost"
        onClick={() => onDismiss(toast.id)}
        aria-label={t('toast.dismiss')}
      >
        ×
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a <ToastProvider>');
  return api;
}
