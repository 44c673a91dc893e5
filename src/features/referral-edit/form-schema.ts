import * as z from 'zod/mini';
import { dealValueProblem } from '../../domain/amount';
import {
  CUSTOMER_SIZES,
  REFERRAL_STATUSES,
  REFERRAL_SUBSTATUSES,
} from '../../domain/referral-schema';
import { isOfferedMove, stageOf, stageOfReferral } from '../../domain/status-machine';
import { ADDRESS_FIELDS, CONSENT_FIELDS, type FormValues } from './form-model';

/**
 * The form's rules. Messages are keys under `errors` in the 'edit' namespace. A value the server
 * already holds is never refused (a field left empty may stay empty, a legacy size may stay), so a
 * user can always save the fields they did touch.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const memberSchema = z
  .object({
    origin: z.nullable(z.record(z.string(), z.unknown())),
    firstName: z.string().check(z.maxLength(100, 'tooLong')),
    lastName: z.string().check(z.maxLength(100, 'tooLong')),
    email: z.string().check(z.trim(), z.maxLength(254, 'tooLong')),
    phoneNumber: z.string().check(z.maxLength(50, 'tooLong')),
  })
  .check(
    z.superRefine((member, ctx) => {
      if (member.email && !EMAIL.test(member.email))
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'email' });
      if (!member.email && !member.firstName.trim() && !member.lastName.trim())
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'memberEmpty' });
    }),
  );

const chips = z
  .array(z.string().check(z.trim(), z.minLength(1, 'required')))
  .check(z.maxLength(50, 'tooMany'));

function isValidDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

export function createFormSchema(saved: FormValues) {
  const savedStage = stageOfReferral(saved);
  return z
    .object({
      name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(250, 'tooLong')),
      externalReferenceId: z.string().check(z.maxLength(100, 'tooLong')),
      status: z.enum(REFERRAL_STATUSES),
      substatus: z.enum(REFERRAL_SUBSTATUSES),
      statusReason: z.string().check(z.maxLength(1000, 'tooLong')),
      dealValue: z.string(),
      currency: z.string().check(z.trim()),
      closingDate: z.string(),
      notes: z.string().check(z.maxLength(4000, 'tooLong')),
      industries: chips,
      products: chips,
      services: chips,
      solutions: chips,
      customerName: z.string().check(z.maxLength(250, 'tooLong')),
      customerSize: z.string(),
      address: z.object(
        Object.fromEntries(
          ADDRESS_FIELDS.map((f) => [f, z.string().check(z.maxLength(200, 'tooLong'))]),
        ) as {
          [K in (typeof ADDRESS_FIELDS)[number]]: z.ZodMiniString<string>;
        },
      ),
      contacts: z.array(memberSchema).check(z.maxLength(50, 'tooMany')),
      consent: z.object(
        Object.fromEntries(CONSENT_FIELDS.map((f) => [f, z.boolean()])) as {
          [K in (typeof CONSENT_FIELDS)[number]]: z.ZodMiniBoolean<boolean>;
        },
      ),
      team: z.array(memberSchema).check(z.maxLength(50, 'tooMany')),
    })
    .check(
      z.superRefine((values, ctx) => {
        const issue = (path: (string | number)[], message: string) =>
          ctx.addIssue({ code: 'custom', path, message });

        const stage = stageOf(values);
        const isSavedStage = values.status === saved.status && values.substatus === saved.substatus;
        if (!isSavedStage && (!stage || !savedStage || !isOfferedMove(savedStage, stage)))
          issue(['status'], 'statusMove');

        const deal = dealValueProblem(values.dealValue, { isEmptyAllowed: saved.dealValue === '' });
        if (deal) issue(['dealValue'], deal);

        const isSameCurrency = values.currency.toUpperCase() === saved.currency.toUpperCase();
        if (!isSameCurrency && !/^[A-Za-z]{3}$/.test(values.currency))
          issue(['currency'], 'currency');

        if (values.closingDate !== saved.closingDate && values.closingDate !== '') {
          if (!isValidDay(values.closingDate)) issue(['closingDate'], 'date');
        } else if (values.closingDate === '' && saved.closingDate !== '') {
          issue(['closingDate'], 'dateRequired');
        }

        const size = values.customerSize;
        const isKnownSize = (CUSTOMER_SIZES as readonly string[]).includes(size);
        if (size !== '' && size !== saved.customerSize && !isKnownSize)
          issue(['customerSize'], 'customerSize');

        const country = values.address.country.trim();
        if (country && country !== saved.address.country && !/^[A-Za-z]{2}$/.test(country))
          issue(['address', 'country'], 'country');
      }),
    );
}
