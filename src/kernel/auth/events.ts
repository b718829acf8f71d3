/**
 * What happens to a login that other capabilities must follow: a person who logs out
 * everywhere ends what their sessions opened elsewhere too (a device in pupil mode).
 */
import { defineEvent } from '../events.ts';

export interface LoggedOutEverywhere {
  staffId: string;
}

export const loggedOutEverywhere = defineEvent<LoggedOutEverywhere>();
