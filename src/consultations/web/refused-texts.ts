import type { NewConsultation } from '../schema.ts';
import type { Finding } from '../../anonymity/web/identifying.ts';

/** The consultation form's free-text fields, as the guard's answers name them. */
export type TextFieldName = 'groupLabel' | 'description' | 'advice' | 'followUp';

export interface RefusedText {
  field: TextFieldName;
  text: string;
  findings: Finding[];
}

/** The texts the guard refused or warned about, each with its own findings, in the order the form shows the fields. */
export function refusedTexts(request: Pick<NewConsultation, 'groupLabel' | 'description' | 'advice' | 'followUps'>, findings: { field: string; kind: string; start: number; end: number }[]): RefusedText[] {
  const texts: { field: TextFieldName; text: string }[] = [
    { field: 'groupLabel', text: request.groupLabel ?? '' },
    { field: 'description', text: request.description },
    { field: 'advice', text: request.advice },
    { field: 'followUp', text: request.followUps[0]?.text ?? '' },
  ];
  const fieldOf = (name: string): TextFieldName | null => (name === 'followUps.0.text' ? 'followUp' : name.startsWith('followUps.') ? null : (name as TextFieldName));
  return texts
    .map((x) => ({ ...x, findings: findings.filter((f) => fieldOf(f.field) === x.field).map(({ kind, start, end }) => ({ kind, start, end })) }))
    .filter((x) => x.findings.length > 0);
}
