/**
 * The pictures beside the pupil's choices, so a child who reads little can still choose. They
 * are decoration (aria-hidden); the words beside them are what a screen reader reads.
 */
import {
  BackpackIcon,
  BandageIcon,
  BellIcon,
  ClockIcon,
  HeartIcon,
  HouseIcon,
  PencilBoardIcon,
  PersonGroupIcon,
  QuestionmarkIcon,
  SunIcon,
} from '@navikt/aksel-icons';
import type { ComponentType, SVGProps } from 'react';
import type { FreeWhen, TalkTopic } from '../schema.ts';

type Picture = ComponentType<SVGProps<SVGSVGElement> & { title?: string }>;

export const TOPIC_PICTURES: Readonly<Record<TalkTopic, Picture>> = {
  friends: PersonGroupIcon,
  school: PencilBoardIcon,
  home: HouseIcon,
  feelings: HeartIcon,
  body: BandageIcon,
  other: QuestionmarkIcon,
};

export const FREE_WHEN_PICTURES: Readonly<Record<FreeWhen, Picture>> = {
  break: BellIcon,
  before_school: SunIcon,
  after_school: BackpackIcon,
  any_time: ClockIcon,
};
