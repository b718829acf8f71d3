/**
 * The one "now" of the unit and integration tests. The setup file holds the server's clock
 * here before every test file, so no test depends on the day it runs: a factory or a test
 * that needs today takes it from here, never from the machine's clock.
 */
import { localDate } from '../../time/dates.ts';

/** A Monday in term time, 10:00 in Oslo. */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');
export const TEST_TODAY = localDate(TEST_NOW);
