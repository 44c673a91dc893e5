import { messages as common } from './common.en.json?lingui';
import { messages as referral } from '../../shared/locales/referral.en.json?lingui';

/** The shell's words in English (namespaces `common` and `referral`): one chunk, loaded at start. */
export const shell = { common, referral };
