import { useSyncExternalStore } from 'react';

/**
 * Whether this device keeps a copy of the referrals (docs/decisions/024). Read at start, before
 * anything else, so it lives in the first chunk; the copy itself (IndexedDB, TanStack Query's
 * persister) is a chunk of its own, loaded only when the copy is on.
 */
export const DEVICE_COPY_KEY = 'referral-desk.device-copy';

type Controller = { enable(): Promise<void>; disable(): Promise<void>; clear(): Promise<void> };

let isOnByDefault = false;
let controller: Controller | undefined;
const listeners = new Set<() => void>();

function stored(): string | null {
  try {
    return localStorage.getItem(DEVICE_COPY_KEY);
  } catch {
    return null;
  }
}

/** Demo mode keeps a copy unless the user said no; live mode only when the user said yes. */
export function setDeviceCopyDefault(mode: 'demo' | 'live'): void {
  isOnByDefault = mode === 'demo';
}

export function isDeviceCopyOn(): boolean {
  const choice = stored();
  return choice === null ? isOnByDefault : choice === 'on';
}

/**
 * Whether a copy may be waiting to be restored. route-preload.js has already looked when the copy
 * is on: its read resolves to the copy's text, or to undefined when it found none (a first visit,
 * a copy just cleared). Without that read, or if it failed, there may be one. main.tsx holds the
 * first request for the restore only when there may be something to restore (docs/decisions/063);
 * a copy found later anyway (the early read failed) is restored while the list loads, as when new
 * demo data does not wait for it.
 */
export function mayHaveDeviceCopy(): Promise<boolean> {
  const early = typeof window === 'undefined' ? undefined : window.__referralDeskCopy;
  if (!early) return Promise.resolve(true);
  return early.then(
    (text) => text !== undefined,
    () => true,
  );
}

/** main.tsx hands over the loaded copy's controls; before that there is nothing to switch. */
export function setDeviceCopyController(next: Controller | undefined): void {
  controller = next;
}

export async function setDeviceCopyOn(isOn: boolean): Promise<void> {
  try {
    localStorage.setItem(DEVICE_COPY_KEY, isOn ? 'on' : 'off');
  } catch {
    // storage refused: the choice lasts for this visit only
  }
  for (const listener of listeners) listener();
  await (isOn ? controller?.enable() : controller?.disable());
}

/** Remove the copy from this device (sign-out, demo reset); the choice itself stays. */
export async function clearDeviceCopy(): Promise<void> {
  if (controller) return controller.clear();
  const { removeDeviceCopy } = await import('./device-copy');
  await removeDeviceCopy();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useDeviceCopyOn(): boolean {
  return useSyncExternalStore(subscribe, isDeviceCopyOn, isDeviceCopyOn);
}
