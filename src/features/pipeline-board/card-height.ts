import type { Referral } from '../../domain/referral-schema';
import { offeredTargets, type StageId } from '../../domain/status-machine';

/**
 * A card's height in px (its slot, with the gap below), guessed from what it shows, so the first
 * render places cards without measuring them (the ResizeObserver corrects a guess after layout).
 * Calibrated in Chromium at the desktop column width (pipeline-board.css) with the default font.
 */
const BASE = 141; // customer, deal value and closing date, padding, the gap below
const TITLE_LINE = 21.3; // each line of the title (it wraps in a column about 15 rem wide)
const TITLE_CHARS_PER_LINE = 12;
const EXPIRY = 22; // "expires in 3 days", New only
const AGING = 16; // "4 days since update", New and Active
const MOVE_BUTTON = 36; // Move to…, when the stage offers a move

export function estimateCardHeight(referral: Referral | undefined, stage: StageId): number {
  if (!referral) return BASE + TITLE_LINE;
  const titleLines = Math.max(1, Math.ceil((referral.name?.length ?? 0) / TITLE_CHARS_PER_LINE));
  const isOpen = referral.status === 'New' || referral.status === 'Active';
  return Math.round(
    BASE +
      titleLines * TITLE_LINE +
      (referral.status === 'New' ? EXPIRY : 0) +
      (isOpen ? AGING : 0) +
      (offeredTargets(stage).length > 0 ? MOVE_BUTTON : 0),
  );
}
