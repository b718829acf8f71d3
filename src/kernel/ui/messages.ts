import { defineMessages } from '../i18n/define-messages.ts';
import { commonNb } from './messages/nb.ts';
import { commonNn } from './messages/nn.ts';
import { commonDa } from './messages/da.ts';
import { commonEn } from './messages/en.ts';

/**
 * The shell's texts and the shared vocabulary every capability uses: API error codes,
 * unit kinds, roles, compass points, countries and the small-count rule.
 */
export const commonMessages = defineMessages({ nb: commonNb, nn: commonNn, da: commonDa, en: commonEn });
