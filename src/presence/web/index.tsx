import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const BookingPage = lazyPage(pages, 'BookingPage');
const MoveBookingPage = lazyPage(pages, 'MoveBookingPage');
const MyBookingsPage = lazyPage(pages, 'MyBookingsPage');
const SettingsPage = lazyPage(pages, 'SettingsPage');
const WeekPage = lazyPage(pages, 'WeekPage');
const BookConsultation = lazyPage(pages, 'BookConsultation');
const MyNextBookings = lazyPage(pages, 'MyNextBookings');
const MyWeekAtGlance = lazyPage(pages, 'MyWeekAtGlance');
const SettingsShortcut = lazyPage(pages, 'SettingsShortcut');

/** The presence pages: booking a consultation slot at a unit, one's own bookings, moving one, a contact's week, the municipality's holidays and travel times. */
export const presenceRoutes: RouteObject[] = [
  { path: 'units/:unitId/book', element: <BookingPage /> },
  { path: 'bookings', element: <MyBookingsPage /> },
  { path: 'bookings/:bookingId/move', element: <MoveBookingPage /> },
  { path: 'presence/week', element: <WeekPage /> },
  { path: 'presence/settings', element: <SettingsPage /> },
];

/** Presence on the start page: booking at one's school and one's next bookings, a network contact's week, the administrator's settings. */
export const presenceStartSections: StartSection[] = [
  { key: 'book', roles: ['staff', 'unit_leader'], Component: BookConsultation },
  { key: 'next-bookings', roles: ['staff', 'unit_leader'], Component: MyNextBookings },
  { key: 'week', roles: ['network_contact'], Component: MyWeekAtGlance },
  { key: 'settings', roles: ['administrator'], Component: SettingsShortcut },
];

/** The unit page's consultation hours (a section for organisation's unit page). */
export const UnitConsultationHours = lazyPage(pages, 'UnitConsultationHours');
