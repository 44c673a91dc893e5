import type { Referral } from '../../domain/referral-schema';
import { offeredTargets, type StageId } from '../../domain/status-machine';

/**
 * A card's height in px (its slot, with the gap below), guessed from what it shows, so the first
 * render places cards without measuring them (the ResizeObserver corrects a guess after layout).
 * Calibrated in Chromium at the desktop column width (pipeline-board.css) with the default font.
 */
const BASE = 122; // title, customer, deal value and closing date, padding, gap
const TITLE_LINE = 22; // each further line of a long title
const TITLE_CHARS_PER_LINE = 26;
const EXPIRY = 22; // "expires in 3 days", New only
const AGING = 18; // "4 days since update", New and Active
const MOVE_BUTTON = 37; // Move to…, when the stage offers a move

export function estimateCardHeight(referral: Referral | undefined, stage: StageId): number {
  if (!referral) return BASE;
  const titleLines = Math.max(1, Math.ceil((referral.name?.length ?? 0) / TITLE_CHARS_PER_LINE));
  const isOpen = referral.status === 'New' || referral.status === 'Active';
  return (
    BASE +
    (titleLines - 1) * TITLE_LINE +
    (referral.status === 'New' ? EXPIRY : 0) +
    (isOpen ? AGING : 0) +
    (offeredTargets(stage).length > 0 ? MOVE_BUTTON : 0)
  );
}
