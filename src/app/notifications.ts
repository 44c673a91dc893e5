/**
 * Browser notifications while the app is open. Permission is asked for only from the Settings
 * dialog, on a click; here nothing is asked. Which referrals were already notified is kept per
 * browser (ids only), so each notifies once across reloads and tabs.
 */
export const NOTIFIED_KEY = 'referral-desk-notified';
const MAX_REMEMBERED = 5000;

type Kind = 'new' | 'expiring';

function readNotified(): Record<Kind, string[]> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(NOTIFIED_KEY) ?? '{}');
    const source =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    const ids = (value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return { new: ids(source.new), expiring: ids(source.expiring) };
  } catch {
    return { new: [], expiring: [] };
  }
}

export function notifyOnce(kind: Kind, id: string, title: string): boolean {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
  const notified = readNotified();
  if (notified[kind].includes(id)) return false;
  notified[kind] = [...notified[kind], id].slice(-MAX_REMEMBERED);
  try {
    localStorage.setItem(NOTIFIED_KEY, JSON.stringify(notified));
  } catch {
    // Not remembered: it may notify again after a reload, which is better than never.
  }
  try {
    new Notification(title, { tag: `referral-${kind}-${id}` });
  } catch {
    return false;
  }
  return true;
}
