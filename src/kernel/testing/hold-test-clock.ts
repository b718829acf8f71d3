// Vitest setup file: every unit and integration test file starts with the clock held at TEST_NOW.
import { holdClockAt } from '../../time/clock.ts';
import { TEST_NOW } from './test-clock.ts';

holdClockAt(TEST_NOW);
