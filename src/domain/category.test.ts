import { referralCategory } from './category';

describe('referralCategory (spec 1.5)', () => {
  test.each([
    ['Independent', 'Direct', 'msft', 'marketplace-lead'],
    ['Independent', 'Direct', null, 'marketplace-lead'],
    ['Independent', 'SalesQualified', 'msft', 'qualified-lead'],
    ['Independent', 'MarketingQualified', 'msft', 'qualified-lead'],
    ['Independent', 'SalesQualified', 'our-org', 'co-sell'],
    ['Shared', 'SalesQualified', 'msft', 'co-sell'],
    ['Shared', 'None', 'partner-org', 'co-sell'],
  ] as const)('%s + %s invited by %s → %s', (type, qualification, orgId, expected) => {
    expect(
      referralCategory({
        type,
        qualification,
        inviteContext: { invitedBy: { organizationId: orgId } },
      }),
    ).toBe(expected);
  });
});
