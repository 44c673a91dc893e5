import { z } from 'zod/mini';
import '../domain/zod-setup';
import { DEFAULT_AGING, type AgingThresholds } from '../domain/aging';
import { createLocalStore, useLocalStore } from './local-store';

/**
 * The user's settings, kept per browser in localStorage. Each field is validated on its own, so
 * one bad or missing value falls back to its default without losing the others. To add a setting:
 * a field with its default here, and a section in src/app/settings-sections.tsx.
 */
export const SETTINGS_KEY = 'referral-desk-settings';

export const SETTING_LIMITS = {
  agingNewDays: { min: 1, max: 30 },
  agingActiveDays: { min: 1, max: 365 },
  staleDays: { min: 1, max: 365 },
  refreshMinutes: { min: 1, max: 120 },
} as const;
export type NumberSetting = keyof typeof SETTING_LIMITS;

export type Settings = {
  agingNewDays: number;
  agingActiveDays: number;
  staleDays: number;
  refreshMinutes: number;
  /** Browser notifications for new and expiring referrals (asked for on a click only). */
  notify: boolean;
};

export const DEFAULT_SETTINGS: Settings = {
  agingNewDays: DEFAULT_AGING.newDays,
  agingActiveDays: DEFAULT_AGING.activeDays,
  staleDays: 14,
  refreshMinutes: 5,
  notify: false,
};

const wholeNumber = (name: NumberSetting) =>
  z.number().check(z.int(), z.gte(SETTING_LIMITS[name].min), z.lte(SETTING_LIMITS[name].max));

export const settingSchemas = {
  agingNewDays: wholeNumber('agingNewDays'),
  agingActiveDays: wholeNumber('agingActiveDays'),
  staleDays: wholeNumber('staleDays'),
  refreshMinutes: wholeNumber('refreshMinutes'),
  notify: z.boolean(),
};

export function parseSettings(stored: unknown): Settings {
  const source =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(settingSchemas)) {
    const result = schema.safeParse(source[key]);
    out[key] = result.success ? result.data : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return out as Settings;
}

export const settingsStore = createLocalStore(SETTINGS_KEY, parseSettings, DEFAULT_SETTINGS);

export function useSettings(): Settings {
  return useLocalStore(settingsStore);
}

/** Change some settings; the others keep their values. */
export function updateSettings(patch: Partial<Settings>): void {
  settingsStore.set({ ...settingsStore.get(), ...patch });
}

export function agingThresholds(settings: Settings): AgingThresholds {
  return { newDays: settings.agingNewDays, activeDays: settings.agingActiveDays };
}
