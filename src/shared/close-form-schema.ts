import * as z from 'zod/mini';
import { dealValueProblem } from '../domain/amount';
import { CLOSE_REASONS } from '../domain/close';

/** Messages are keys under `close.errors` in the 'referral' namespace. */
export const closeFormSchema = z
  .object({
    outcome: z.enum(['closed-won', 'closed-lost', 'closed-declined']),
    preset: z.string(),
    details: z.string(),
    /** The text of the deal value field (a text input, see domain/amount.ts); checked only for Won. */
    dealValue: z.string(),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (!CLOSE_REASONS[values.outcome].includes(values.preset)) {
        ctx.addIssue({ code: 'custom', path: ['preset'], message: 'reasonRequired' });
      }
      if (values.preset === 'other' && !values.details.trim()) {
        ctx.addIssue({ code: 'custom', path: ['details'], message: 'detailsRequired' });
      }
      if (values.details.trim().length > 500) {
        ctx.addIssue({ code: 'custom', path: ['details'], message: 'detailsTooLong' });
      }
      if (values.outcome === 'closed-won') {
        const message = dealValueProblem(values.dealValue);
        if (message) ctx.addIssue({ code: 'custom', path: ['dealValue'], message });
      }
    }),
  );

export type CloseFormValues = z.infer<typeof closeFormSchema>;
