import { messages as common } from './common.tr.json?lingui';
import { messages as referral } from '../../shared/locales/referral.tr.json?lingui';

/** The shell's words in Turkish: one chunk, loaded when Turkish is chosen. */
export const shell = { common, referral };
