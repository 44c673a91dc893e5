import type {
  ReferralDirection,
  ReferralQualification,
  ReferralStatus,
  ReferralSubstatus,
  ReferralType,
} from '../domain/referral-schema';

/** Filters the API can apply server-side: each an `eq`, all joined by `and` (the documented operators). */
export type ServerFilter = {
  status?: ReferralStatus;
  substatus?: ReferralSubstatus;
  direction?: ReferralDirection;
  type?: ReferralType;
  qualification?: ReferralQualification;
  engagementId?: string;
};

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

const ORDER: (keyof ServerFilter)[] = [
  'status',
  'substatus',
  'direction',
  'type',
  'qualification',
  'engagementId',
];

export function buildODataFilter(filter: ServerFilter): string | undefined {
  const parts = ORDER.flatMap((key) => {
    const value = filter[key];
    return value ? [`${key} eq ${quote(value)}`] : [];
  });
  return parts.length ? parts.join(' and ') : undefined;
}
