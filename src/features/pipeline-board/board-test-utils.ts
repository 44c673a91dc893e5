import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral, type StageId } from '../../domain/status-machine';

/** Helpers for the board's integration tests (the simulator itself is imported by the tests). */

/**
 * jsdom has no layout, so every element measures 0 × 0 and a virtualizer would render nothing.
 * Tests give elements a size instead (the app itself is not changed): a tall viewport per column
 * and cards of 100 px, so a column renders up to ~40 cards plus overscan.
 */
export function mockElementSizes(viewportHeight = 4000) {
  const sizes: Record<string, number> = {
    clientHeight: viewportHeight,
    clientWidth: 280,
    offsetHeight: 100,
    offsetWidth: 280,
  };
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
  return () => {
    for (const key of Object.keys(sizes)) Reflect.deleteProperty(HTMLElement.prototype, key);
  };
}

/** The index-th referral of a stage among `all` (the simulator's copies). */
export function referralIn(all: readonly Referral[], stage: StageId, index = 0): Referral {
  const found = all.filter((r) => stageOfReferral(r) === stage)[index];
  if (!found) throw new Error(`The seed has no referral #${index} in ${stage}`);
  return found;
}

export function cardOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-testid="board-card"][data-referral-id="${id}"]`,
  );
}

export function stageShowing(id: string): string | undefined {
  return cardOf(id)?.closest<HTMLElement>('[data-testid="board-column"]')?.dataset.stage;
}

export async function waitForCard(id: string): Promise<HTMLElement> {
  await waitFor(() => expect(cardOf(id)).not.toBeNull());
  return cardOf(id) as HTMLElement;
}

/** Open a card's Move to… menu and return its menu element. */
export async function openMoveMenu(user: UserEvent, id: string): Promise<HTMLElement> {
  const card = await waitForCard(id);
  await user.click(within(card).getByRole('button', { name: /^Move to…/ }));
  return screen.getByRole('menu');
}

export async function moveWithMenu(user: UserEvent, id: string, stageName: string) {
  const menu = await openMoveMenu(user, id);
  await user.click(within(menu).getByRole('menuitem', { name: stageName }));
}
