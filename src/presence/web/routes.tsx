import './presence.css';
import type { RouteObject } from 'react-router';
import { BookingPage } from './BookingPage.tsx';
import { MyBookingsPage } from './MyBookingsPage.tsx';

/** The presence pages: booking a consultation slot at a unit, and one's own bookings. */
export const presenceRoutes: RouteObject[] = [
  { path: 'units/:unitId/book', element: <BookingPage /> },
  { path: 'bookings', element: <MyBookingsPage /> },
];
