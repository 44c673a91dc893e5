import type { Referral } from '../../domain/referral-schema';
import { offeredTargets, type StageId } from '../../domain/status-machine';

/**
 * A card's height in px (its slot, with the gap below), guessed from what it shows, so the first
 * render places cards without measuring them (the ResizeObserver corrects a guess after layout).
 * Calibrated in Chromium at the desktop column width (pipeline-board.css) with the default font,
 * against the demo seed's cards: 5 px off on average (16 px when titles were counted in characters
 * and the customer line never wrapped), so the cards below the first move less when measured
 * (docs/decisions/065).
 */
const BASE = 131; // one line of customer, deal value and closing date, padding, the gap below
const TITLE_LINE = 21.3; // each line of the title (it wraps in a column about 15 rem wide)
const TITLE_CHARS_PER_LINE = 14;
const CUSTOMER_LINE = 20; // each further line of the customer's name
const CUSTOMER_CHARS_PER_LINE = 18;
const EXPIRY = 43; // "expires in 3 days", New only: two lines in a desktop column, as most take
const AGING = 16; // "4 days since update", New and Active
const MOVE_BUTTON = 36; // Move to…, when the stage offers a move

/** Lines `text` takes when wrapped at word breaks, `perLine` characters a line; long words break. */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    let length = word.length;
    if (used > 0 && used + 1 + length > perLine) {
      lines++;
      used = 0;
    } else if (used > 0) used++;
    // overflow-wrap: anywhere breaks a word longer than a line.
    while (length > perLine) {
      length -= perLine;
      lines++;
    }
    used += length;
  }
  return lines;
}

export function estimateCardHeight(referral: Referral | undefined, stage: StageId): number {
  if (!referral) return BASE + TITLE_LINE;
  const titleLines = wrappedLines(referral.name ?? '', TITLE_CHARS_PER_LINE);
  const customerLines = wrappedLines(
    referral.customerProfile?.name || '—',
    CUSTOMER_CHARS_PER_LINE,
  );
  const isOpen = referral.status === 'New' || referral.status === 'Active';
  return Math.round(
    BASE +
      titleLines * TITLE_LINE +
      (customerLines - 1) * CUSTOMER_LINE +
      (referral.status === 'New' ? EXPIRY : 0) +
      (isOpen ? AGING : 0) +
      (offeredTargets(stage).length > 0 ? MOVE_BUTTON : 0),
  );
}
