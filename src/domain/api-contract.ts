/** Fixed facts of the Partner Center Referrals API that both the client and the simulator use. */
export const PARTNER_REFERRALS_URL = 'https://api.partner.microsoft.com/v1.0/engagements/referrals';
export const MICROSOFT_ORG_ID = 'msft';
export const MAX_PAGE_SIZE = 100;
/** Keys a client must never send in a PUT body (spec 3.5). */
export const SERVER_ONLY_KEYS = ['links', '@odata.context'] as const;
/** Fields only the server writes; a PUT may carry them but they are ignored (B8). */
export const SERVER_FIELDS = [
  'id',
  'organizationId',
  'organizationName',
  'createdDateTime',
  'updatedDateTime',
  'expirationDateTime',
  'acceptedDateTime',
  'closedDateTime',
  'direction',
  'eTag',
  'referralSource',
  'callToAction',
] as const;
/** Fields set on create only; a PUT that changes them is rejected (B8). */
export const CREATE_ONLY_FIELDS = [
  'type',
  'qualification',
  'target',
  'inviteContext',
  'engagementId',
] as const;
