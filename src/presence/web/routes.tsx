import './presence.css';
import type { RouteObject } from 'react-router';
import { BookingPage } from './BookingPage.tsx';
import { MoveBookingPage } from './MoveBookingPage.tsx';
import { MyBookingsPage } from './MyBookingsPage.tsx';
import { SettingsPage } from './SettingsPage.tsx';
import { WeekPage } from './WeekPage.tsx';

/** The presence pages: booking a consultation slot at a unit, one's own bookings, moving one, a contact's week, the municipality's holidays and travel times. */
export const presenceRoutes: RouteObject[] = [
  { path: 'units/:unitId/book', element: <BookingPage /> },
  { path: 'bookings', element: <MyBookingsPage /> },
  { path: 'bookings/:bookingId/move', element: <MoveBookingPage /> },
  { path: 'presence/week', element: <WeekPage /> },
  { path: 'presence/settings', element: <SettingsPage /> },
];
