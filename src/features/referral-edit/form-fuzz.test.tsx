import { cleanup, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import fc from 'fast-check';
import { CLOSE_REASONS } from '../../domain/close';
import type { Referral } from '../../domain/referral-schema';
import { stageOfReferral } from '../../domain/status-machine';
import { testSimulator } from '../../mocks/node';
import { renderApp } from '../../test/render';

/**
 * Form fuzz: random invalid values typed into the edit form and into its close dialog are never
 * sent. Each run opens the referral afresh, types a random mix of invalid values (next to a valid
 * change, so there is something to save), submits, and checks that the simulator received no PUT
 * and that every invalid field says what is wrong.
 */

/**
 * Each run renders the whole edit page, so runs are few; on a loaded machine the property stops
 * early rather than run into the test's time-out (a failure found by then is still reported).
 */
const FUZZ_OPTIONS = { numRuns: 12, interruptAfterTimeLimit: 60_000 };

const puts = () => testSimulator.requests.filter((r) => r.method === 'PUT');

/** An Active·Accepted referral with every field the fuzz touches filled in. */
function fullReferral(): Referral {
  const found = testSimulator
    .all()
    .find(
      (r) =>
        stageOfReferral(r) === 'active-accepted' &&
        r.name &&
        typeof r.details?.dealValue === 'number' &&
        r.details.currency &&
        r.details.closingDateTime &&
        (r.customerProfile?.team?.length ?? 0) > 0,
    );
  if (!found) throw new Error('the seed has no complete Active·Accepted referral');
  return found;
}

async function openForm(id: string) {
  renderApp(`/referrals/${id}`);
  return screen.findByRole('form', { name: 'Edit referral' });
}

/** Replace a field's text; pasting keeps long values fast (typing 4,000 keys is not the point). */
async function replaceText(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text === '') return;
  field.focus();
  await user.paste(text);
}

type Field = { find: () => HTMLElement; value: string; label: string };

/** Readable counterexamples: the field and the start of its value. */
function field(label: string, find: () => HTMLElement, value: string): Field {
  return {
    find,
    value,
    label,
    [fc.toStringMethod]: () =>
      `${label} = ${JSON.stringify(value.slice(0, 24))}${value.length > 24 ? `… (${value.length})` : ''}`,
  } as Field;
}

const byLabel = (role: 'textbox' | 'spinbutton', name: string) => () =>
  screen.getByRole(role, { name });
const firstContactEmail = () =>
  within(screen.getByRole('group', { name: 'Contact 1' })).getByRole('textbox', { name: 'Email' });
const closingDate = () => screen.getByLabelText('Closing date');

/**
 * Longer than `min` even after trimming: the form trims text fields, so a value that starts with
 * spaces would otherwise be one the form rightly accepts (seed -738573213 found that).
 */
const longText = (min: number) =>
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => `x${s}`.padEnd(min + 1, 'x'));
const notThreeLetters = fc
  .string({ minLength: 1, maxLength: 3 })
  .filter((s) => !/^[A-Za-z]{3}$/.test(s) && s.trim() !== '' && s === s.trim());

/** For each field, values the form must refuse (whatever the saved copy holds). */
const invalidField = (saved: Referral): fc.Arbitrary<Field>[] => [
  fc
    .oneof(fc.constantFrom('', ' ', '   \t'), longText(250))
    .map((value) => field('name', byLabel('textbox', 'Referral name'), value)),
  longText(100).map((value) =>
    field('reference', byLabel('textbox', 'External reference ID'), value),
  ),
  longText(1000).map((value) => field('reason', byLabel('textbox', 'Status reason'), value)),
  fc
    .oneof(
      fc.constant(''),
      fc.double({ max: -0.001, noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer({ min: -1e9, max: -1 }).map(String),
      fc.constantFrom('1-2-3', '1e999', '12abc', '0x10'),
    )
    .map((value) => field('deal value', byLabel('textbox', 'Deal value'), value)),
  notThreeLetters
    .filter((s) => s.toUpperCase() !== (saved.details?.currency ?? '').toUpperCase())
    .map((value) => field('currency', byLabel('textbox', 'Currency'), value)),
  fc.constant(field('closing date', closingDate, '')),
  fc
    // The input holds two characters at most (maxLength), so the invalid codes are that short.
    .oneof(fc.constantFrom('U', '12', 'T1', 'ÅÆ'), fc.string({ minLength: 1, maxLength: 2 }))
    .filter((s) => s.trim() !== '' && !/^[A-Za-z]{2}$/.test(s.trim()))
    .map((value) => field('country', byLabel('textbox', 'Country (ISO code)'), value)),
  fc
    .oneof(
      fc.constantFrom('no-at-sign', 'a@b', 'two words@example.com', '@example.com', 'x@.y'),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('@') && !!s.trim()),
    )
    .map((value) => field('contact email', firstContactEmail, value)),
  longText(4000).map((value) => field('notes', byLabel('textbox', 'Notes'), value)),
];

describe('form fuzz: invalid values are never sent', () => {
  test('edit form: every mix of invalid fields is refused on the page, with no PUT', async () => {
    const referral = fullReferral();
    const arbitraries = invalidField(referral);
    const indices = arbitraries.map((_, i) => i);
    const notesIndex = arbitraries.length - 1;
    await fc.assert(
      fc
        .asyncProperty(
          fc.tuple(...arbitraries),
          fc.subarray(indices, { minLength: 1, maxLength: 4 }),
          async (all, picks) => {
            const user = userEvent.setup();
            await openForm(referral.id);
            const fields = picks.map((i) => all[i]!);
            // A valid change beside the invalid ones: the form is dirty for a good reason too.
            if (!picks.includes(notesIndex))
              await replaceText(user, screen.getByRole('textbox', { name: 'Notes' }), 'Valid');
            for (const field of fields) await replaceText(user, field.find(), field.value);
            await user.click(screen.getByRole('button', { name: 'Save changes' }));

            expect(
              await screen.findByText('The referral was not saved. Correct these fields:'),
            ).toBeVisible();
            for (const field of fields)
              expect(field.find()).toHaveAttribute('aria-invalid', 'true');
            expect(puts()).toHaveLength(0);
          },
        )
        .afterEach(() => {
          cleanup();
          testSimulator.clearRequests();
        }),
      FUZZ_OPTIONS,
    );
  }, 120_000);

  test('close dialog: a missing reason, an empty “Other”, a long reason or a bad final value is never sent', async () => {
    const referral = fullReferral();
    const closeCase = fc
      .record({
        outcome: fc.constantFrom('closed-won' as const, 'closed-lost' as const),
        reason: fc.constantFrom('none', 'other', 'listed'),
        details: fc.oneof(fc.constantFrom('', '   '), longText(500), fc.constant('Short and fine')),
        dealValue: fc.oneof(
          fc.constant(''),
          fc.integer({ min: -1e9, max: -1 }).map(String),
          fc.constant('1000'),
        ),
      })
      .filter((c) => expectedErrors(c).length > 0);
    await fc.assert(
      fc
        .asyncProperty(closeCase, async (c) => {
          const user = userEvent.setup();
          await openForm(referral.id);
          await user.click(screen.getByRole('button', { name: 'Close…' }));
          const dialog = screen.getByRole('dialog', { name: /^Close “/ });
          await user.click(
            within(dialog).getByRole('radio', {
              name: c.outcome === 'closed-won' ? 'Won' : 'Lost',
            }),
          );
          const reasons = CLOSE_REASONS[c.outcome];
          const preset = c.reason === 'none' ? '' : c.reason === 'other' ? 'other' : reasons[0]!;
          await user.selectOptions(
            within(dialog).getByRole('combobox', { name: 'Reason' }),
            preset,
          );
          await replaceText(
            user,
            within(dialog).getByRole('textbox', { name: 'Details' }),
            c.details,
          );
          if (c.outcome === 'closed-won') {
            const value = within(dialog).getByRole('textbox', { name: /Final deal value/ });
            await replaceText(user, value, c.dealValue);
          }
          await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));

          for (const error of expectedErrors(c))
            expect(await within(dialog).findByText(error)).toBeVisible();
          expect(screen.getByRole('dialog', { name: /^Close “/ })).toBeVisible();
          expect(puts()).toHaveLength(0);
          expect(testSimulator.get(referral.id)?.status).toBe('Active');
        })
        .afterEach(() => {
          cleanup();
          testSimulator.clearRequests();
        }),
      FUZZ_OPTIONS,
    );
  }, 120_000);
});

type CloseCase = {
  outcome: 'closed-won' | 'closed-lost';
  reason: 'none' | 'other' | 'listed';
  details: string;
  dealValue: string;
};

/** The close dialog's rules (close-form-schema.ts), as the messages the user must see. */
function expectedErrors(c: CloseCase): string[] {
  const errors: string[] = [];
  if (c.reason === 'none') errors.push('Choose a reason.');
  if (c.reason === 'other' && c.details.trim() === '')
    errors.push('Describe the reason when you choose “Other”.');
  if (c.details.trim().length > 500) errors.push('Keep the reason under 500 characters.');
  if (c.outcome === 'closed-won') {
    if (c.dealValue === '') errors.push('Enter the final deal value.');
    else if (Number(c.dealValue) < 0) errors.push('Enter a number of 0 or more.');
  }
  return errors;
}
