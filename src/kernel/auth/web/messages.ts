import { defineMessages } from '../../i18n/define-messages.ts';
import { authNb } from './messages/nb.ts';
import { authNn } from './messages/nn.ts';
import { authDa } from './messages/da.ts';
import { authEn } from './messages/en.ts';

/** Texts of the login page: the municipalities' own logins, the demo login and refusals. */
export const authMessages = defineMessages({ nb: authNb, nn: authNn, da: authDa, en: authEn });
