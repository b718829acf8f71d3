/**
 * The pictures beside the pupil's choices: a child who reads little can still choose. They are
 * decoration (aria-hidden); the words beside them are what is read out.
 */
import type { FreeWhen, TalkTopic } from '../schema.ts';

export const TOPIC_PICTURES: Readonly<Record<TalkTopic, string>> = {
  friends: '👫',
  school: '🏫',
  home: '🏠',
  feelings: '💭',
  body: '🩺',
  other: '❓',
};

export const FREE_WHEN_PICTURES: Readonly<Record<FreeWhen, string>> = {
  break: '🔔',
  before_school: '🌅',
  after_school: '🌇',
  any_time: '🕐',
};
