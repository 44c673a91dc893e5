import type { FieldPath } from 'react-hook-form';
import type { CreateFormValues } from '../../domain/create-form';

/** Where a 400's `target` lands in the create form ("details.dealValue", "/details/dealValue"…). */
const TARGETS: Readonly<Record<string, FieldPath<CreateFormValues>>> = {
  type: 'dealType',
  name: 'name',
  externalreferenceid: 'externalReferenceId',
  qualification: 'qualification',
  target: 'solutionProfileId',
  'target.0.id': 'solutionProfileId',
  'invitecontext.assistancerequestcode': 'assistanceCode',
  'invitecontext.notes': 'assistanceNotes',
  dealvalue: 'dealValue',
  'details.dealvalue': 'dealValue',
  currency: 'currency',
  'details.currency': 'currency',
  closingdatetime: 'closingDate',
  'details.closingdatetime': 'closingDate',
  'details.notes': 'notes',
  'details.requirements.industries': 'industries',
  'details.requirements.products': 'products',
  'details.requirements.services': 'services',
  'details.requirements.solutions': 'solutions',
  customerprofile: 'customerName',
  details: 'dealValue',
  consent: 'consent.consentToContact',
  'customerprofile.name': 'customerName',
  'customerprofile.size': 'customerSize',
  'customerprofile.ids': 'duns',
  'customerprofile.address.addressline1': 'address.addressLine1',
  'customerprofile.address.addressline2': 'address.addressLine2',
  'customerprofile.address.city': 'address.city',
  'customerprofile.address.state': 'address.state',
  'customerprofile.address.postalcode': 'address.postalCode',
  'customerprofile.address.country': 'address.country',
  'consent.consenttocontact': 'consent.consentToContact',
  'consent.consenttotoshareinfowithothers': 'consent.consentToToShareInfoWithOthers',
  'consent.consenttosharereferralwithmicrosoftsellers': 'dealType',
};

/** Contacts and team members: "customerProfile.team.1.email" → "contacts.1.email". */
const PEOPLE = /^(customerprofile\.team|team)\.(\d+)\.(firstname|lastname|email|phonenumber)$/;
const PERSON_FIELDS = {
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  phonenumber: 'phoneNumber',
} as const;

export function createFieldForTarget(
  target: string | undefined,
): FieldPath<CreateFormValues> | undefined {
  if (!target) return undefined;
  const key = target.replace(/^\//, '').replace(/\//g, '.').toLowerCase();
  const person = PEOPLE.exec(key);
  if (person) {
    const list = person[1] === 'team' ? 'team' : 'contacts';
    return `${list}.${Number(person[2])}.${PERSON_FIELDS[person[3] as keyof typeof PERSON_FIELDS]}`;
  }
  return TARGETS[key];
}
