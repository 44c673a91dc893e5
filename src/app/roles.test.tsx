import { screen, within } from '@testing-library/react';
import { setReferralApi } from '../api/api-registry';
import { createHttpClient } from '../api/http-client';
import { PARTNER_REFERRALS_URL } from '../domain/api-contract';
import { testSimulator } from '../mocks/node';
import { renderApp } from '../test/render';

/**
 * Partner Center roles, as the live service applies them (the simulator reads them from the token):
 * what a rep sees when the token carries no referrals role, or only the Referrals User role.
 */
function signInAs(token: string) {
  setReferralApi({
    http: createHttpClient({
      baseUrl: PARTNER_REFERRALS_URL,
      timeoutMs: 5000,
      getToken: () => Promise.resolve(token),
    }),
    writeMethod: 'put',
  });
}

const FORBIDDEN =
  'Partner Center did not allow this. Referrals Admins can work on every referral; Referrals Users only on the referrals whose team lists them.';

/** A team member's email and the referrals whose team lists them. */
function aTeamMember() {
  const all = testSimulator.all();
  const email = all.flatMap((r) => r.team ?? []).find((m) => m.email)?.email;
  if (!email) throw new Error('the seed has no team member with an email');
  const theirs = all.filter((r) => (r.team ?? []).some((m) => m.email === email));
  const notTheirs = all.find((r) => !(r.team ?? []).some((m) => m.email === email));
  return { email, theirs, notTheirs };
}

test('without a referrals role the list says what Partner Center allows, not a blank page', async () => {
  signInAs('none');
  renderApp('/referrals');
  const message = await screen.findByText(FORBIDDEN);
  expect(message.closest('[role="alert"]')).not.toBeNull();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('without a referrals role the board says the same', async () => {
  signInAs('none');
  renderApp('/pipeline');
  expect(await screen.findByText(FORBIDDEN)).toBeInTheDocument();
});

test('a Referrals User sees only the referrals whose team lists them', async () => {
  const { email, theirs } = aTeamMember();
  expect(theirs.length).toBeLessThan(testSimulator.all().length);
  signInAs(`user:${email}`);
  renderApp('/referrals');
  const count = await screen.findByTestId('list-count');
  await within(count).findByText(theirs.length === 1 ? '1 referral' : `${theirs.length} referrals`);
});

test("a Referrals User who opens someone else's referral by its address is told why, and sees nothing of it", async () => {
  const { email, notTheirs } = aTeamMember();
  if (!notTheirs) throw new Error('every referral lists the member');
  signInAs(`user:${email}`);
  renderApp(`/referrals/${notTheirs.id}`);
  expect(await screen.findByText(FORBIDDEN)).toBeInTheDocument();
  // Nothing of the referral is shown, and there is nothing to save.
  expect(screen.queryByRole('form', { name: 'Edit referral' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
});
