/**
 * Values only the server writes: timestamps with 7 fractional digits, Cosmos-style eTags and the
 * `links` object (spec 1.15 to 1.17).
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

const TICK_DIGITS = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));

/** `2020-10-29T21:24:52.0404690Z`: milliseconds plus four digits of 100-ns ticks. */
export function serverTimestamp(ms: number, subMsTicks = 0): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${TICK_DIGITS[subMsTicks] ?? '0000'}Z`;
}

const midnights = new Map<number, string>();

/** `2020-11-12T00:00:00Z`: whole seconds, the form of expiration and closing dates. */
export function wholeSeconds(ms: number): string {
  // Seeded dates are mostly midnights; 20,000 referrals share a few hundred of them.
  const cached = ms % DAY_MS === 0 ? midnights.get(ms) : undefined;
  if (cached) return cached;
  const text = `${new Date(ms).toISOString().slice(0, 19)}Z`;
  if (ms % DAY_MS === 0 && midnights.size < 10_000) midnights.set(ms, text);
  return text;
}

export function midnightUtc(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Milliseconds and sub-millisecond ticks of a date-time, or undefined when it does not parse. */
function splitTicks(iso: string): { ms: number; ticks: number } | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
  return { ms, ticks: Number(fraction.padEnd(7, '0').slice(3, 7)) };
}

/**
 * A sortable key with 100-ns precision (`2020-10-29T21:24:52.0404690Z`): the fixed-width UTC form
 * compares correctly as a string, which `Date` alone cannot do for 7 fractional digits.
 */
export function timestampKey(iso: string): string | undefined {
  const split = splitTicks(iso);
  return split && serverTimestamp(split.ms, split.ticks);
}

/**
 * The time stamp of a write at `now`, strictly after `previous` (B1: `updatedDateTime` moves
 * forward on every write, even when a test clock stands still).
 */
export function nextServerTimestamp(now: Date, previous?: string | null): string {
  const before = previous ? splitTicks(previous) : undefined;
  const nowMs = now.getTime();
  if (!before || nowMs > before.ms) return serverTimestamp(nowMs);
  if (before.ticks < 9999) return serverTimestamp(before.ms, before.ticks + 1);
  return serverTimestamp(before.ms + 1);
}

/** `"\"2500ec5a-0000-0000-0000-5bf4967d0000\""`: quotes included, last group holds the time. */
export function formatETag(counterHex: string, atMs: number): string {
  const seconds = Math.floor(atMs / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8);
  return `"${counterHex.padStart(8, '0').slice(-8)}-0000-0000-0000-${seconds}0000"`;
}

/** A fresh eTag for a write; random so two tabs writing in the same second never collide. */
export function newETag(now: Date): string {
  const bytes = new Uint32Array(1);
  crypto.getRandomValues(bytes);
  return formatETag((bytes[0] ?? 0).toString(16), now.getTime());
}

export function referralLinks(
  baseUrl: string,
  id: string,
  engagementId: string | null | undefined,
) {
  return {
    relatedReferrals: {
      uri: `${baseUrl}?$filter=engagementId eq '${engagementId ?? ''}'`,
      method: 'GET',
    },
    self: { uri: `${baseUrl}/${id}`, method: 'GET' },
  };
}
