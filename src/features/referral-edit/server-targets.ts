import type { FieldPath } from 'react-hook-form';
import type { FormValues } from './form-model';

/** Where a 400's `target` lands in the form ("details.dealValue", "/details/dealValue", "dealValue"…). */
const TARGETS: Readonly<Record<string, FieldPath<FormValues>>> = {
  name: 'name',
  externalreferenceid: 'externalReferenceId',
  status: 'status',
  substatus: 'status',
  statusreason: 'statusReason',
  dealvalue: 'dealValue',
  'details.dealvalue': 'dealValue',
  currency: 'currency',
  'details.currency': 'currency',
  closingdatetime: 'closingDate',
  'details.closingdatetime': 'closingDate',
  notes: 'notes',
  'details.notes': 'notes',
  'details.requirements.industries': 'industries',
  'details.requirements.products': 'products',
  'details.requirements.services': 'services',
  'details.requirements.solutions': 'solutions',
  'customerprofile.name': 'customerName',
  'customerprofile.size': 'customerSize',
  'customerprofile.address.addressline1': 'address.addressLine1',
  'customerprofile.address.addressline2': 'address.addressLine2',
  'customerprofile.address.city': 'address.city',
  'customerprofile.address.state': 'address.state',
  'customerprofile.address.postalcode': 'address.postalCode',
  'customerprofile.address.country': 'address.country',
};

export function fieldForTarget(target: string | undefined): FieldPath<FormValues> | undefined {
  if (!target) return undefined;
  const key = target.replace(/^\//, '').replace(/\//g, '.').toLowerCase();
  return TARGETS[key];
}
