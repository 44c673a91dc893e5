import * as z from 'zod/mini';
import { CLOSE_REASONS } from '../domain/close';

/** Messages are keys under `close.errors` in the 'referral' namespace. */
export const closeFormSchema = z
  .object({
    outcome: z.enum(['closed-won', 'closed-lost', 'closed-declined']),
    preset: z.string(),
    details: z.string(),
    /** The text of a number input; checked only for Won. */
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
        const text = values.dealValue.trim();
        const value = Number(text);
        if (!text)
          ctx.addIssue({ code: 'custom', path: ['dealValue'], message: 'dealValueRequired' });
        else if (!Number.isFinite(value) || value < 0)
          ctx.addIssue({ code: 'custom', path: ['dealValue'], message: 'dealValueInvalid' });
      }
    }),
  );

export type CloseFormValues = z.infer<typeof closeFormSchema>;
