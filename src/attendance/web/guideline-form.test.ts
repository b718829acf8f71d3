/** The guideline form: a preset goes in and comes out the same, and each bad field is named with its own code. */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../domain/presets.ts';
import { guidelineFormSchema, guidelineToForm, newRule, type GuidelineForm } from './guideline-form.ts';

const form = (fields: Partial<GuidelineForm['rules'][number]>): GuidelineForm => ({ id: 'own', dayMinutes: '330', rules: [{ ...newRule(['sick'], 1), id: 'own-1', sourceText: 'Egen regel.', ...fields }] });

describe('the guideline form', () => {
  it.each(Object.values(PRESETS).map((preset) => [preset.id, preset] as const))('gives back preset %s as it was', (_, preset) => {
    expect(guidelineFormSchema.parse(guidelineToForm(JSON.parse(JSON.stringify(preset))))).toEqual(JSON.parse(JSON.stringify(preset)));
  });

  it('reads a decimal comma in a percentage, keeps the order of the actions and gives the meeting its school days', () => {
    const parsed = guidelineFormSchema.parse(
      form({ measure: 'percent', threshold: '12,5', windowKind: 'rolling_weeks', weeks: '6', triggers: ['meeting_with_parents', 'call_home'], withinSchoolDays: '7' }),
    );
    expect(parsed.rules[0]).toMatchObject({
      measure: 'percent',
      threshold: 12.5,
      window: { kind: 'rolling_weeks', weeks: 6 },
      triggers: [{ kind: 'meeting_with_parents', withinSchoolDays: 7 }, { kind: 'call_home' }],
      source: { url: '', text: 'Egen regel.' },
    });
  });

  const refused: [string, Partial<GuidelineForm['rules'][number]>, string, string][] = [
    ['53 weeks', { windowKind: 'rolling_weeks', weeks: '53' }, 'weeks', 'bad_weeks'],
    ['0 weeks', { windowKind: 'rolling_weeks', weeks: '0' }, 'weeks', 'bad_weeks'],
    ['half a day', { measure: 'days', threshold: '2,5' }, 'threshold', 'bad_count'],
    ['101 %', { measure: 'percent', threshold: '101' }, 'threshold', 'bad_percent'],
    ['no kind', { kinds: [] }, 'kinds', 'no_kind'],
    ['stage 0', { stage: '0' }, 'stage', 'bad_stage'],
    ['a meeting in 61 school days', { triggers: ['meeting_with_parents'], withinSchoolDays: '61' }, 'withinSchoolDays', 'bad_school_days'],
    ['no own words', { sourceText: '  ' }, 'sourceText', 'text_too_short'],
  ];

  it.each(refused)('refuses %s on its field', (_, fields, field, code) => {
    const result = guidelineFormSchema.safeParse(form(fields));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([`rules.0.${field}`, code]);
  });

  it('does not check the weeks of a calendar window, nor the days of a meeting not asked for', () => {
    expect(guidelineFormSchema.safeParse(form({ windowKind: 'calendar', weeks: '99', triggers: ['call_home'], withinSchoolDays: '' })).success).toBe(true);
  });
});
