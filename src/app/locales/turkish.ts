import { referralTr } from '../../shared/locales.tr';
import { commonTr } from './common.tr';

/**
 * The shell's namespaces in Turkish: one small chunk, loaded when Turkish is chosen
 * (`ensureLanguage`). Each view carries its own Turkish with its English, so a Turkish user loads
 * no more than before and an English user loads no Turkish at all.
 */
export const turkish = {
  common: commonTr,
  referral: referralTr,
};
