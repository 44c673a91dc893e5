import { useSyncExternalStore } from 'react';
import { DEFAULT_PROBABILITIES, type StageProbabilities } from './insights-data';

/** Win probabilities for the weighted pipeline, kept in localStorage (no referral data). */
export const PROBABILITIES_KEY = 'rd:stage-probabilities';

const listeners = new Set<() => void>();

export function isProbability(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}

export function parseProbabilities(text: string | null): StageProbabilities {
  if (!text) return DEFAULT_PROBABILITIES;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof StageProbabilities, unknown>>;
    return {
      new: isProbability(value.new) ? value.new : DEFAULT_PROBABILITIES.new,
      accepted: isProbability(value.accepted) ? value.accepted : DEFAULT_PROBABILITIES.accepted,
    };
  } catch {
    return DEFAULT_PROBABILITIES;
  }
}

let cachedText: string | null | undefined;
let cached: StageProbabilities = DEFAULT_PROBABILITIES;

function read(): StageProbabilities {
  let text: string | null = null;
  try {
    text = localStorage.getItem(PROBABILITIES_KEY);
  } catch {
    // storage blocked: defaults
  }
  if (text !== cachedText) {
    cachedText = text;
    cached = parseProbabilities(text);
  }
  return cached;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const handleStorage = (event: StorageEvent) => {
    if (event.key === PROBABILITIES_KEY) listener();
  };
  window.addEventListener('storage', handleStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', handleStorage);
  };
}

/** Saves; false when the browser refused to store them. */
export function saveProbabilities(next: StageProbabilities): boolean {
  try {
    localStorage.setItem(PROBABILITIES_KEY, JSON.stringify(next));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

/** The stored probabilities (defaults New 10 %, Active·Accepted 40 %), shared by every tab. */
export function useStageProbabilities(): StageProbabilities {
  return useSyncExternalStore(subscribe, read, () => DEFAULT_PROBABILITIES);
}
