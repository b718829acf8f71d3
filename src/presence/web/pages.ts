/** The presence pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './presence.css';
export { BookingPage } from './BookingPage.tsx';
export { MoveBookingPage } from './MoveBookingPage.tsx';
export { MyBookingsPage } from './MyBookingsPage.tsx';
export { SettingsPage } from './SettingsPage.tsx';
export { WeekPage } from './WeekPage.tsx';
export { BookConsultation } from './BookConsultation.tsx';
export { MyNextBookings } from './MyNextBookings.tsx';
export { MyWeekAtGlance } from './MyWeekAtGlance.tsx';
export { SettingsShortcut } from './SettingsShortcut.tsx';
export { UnitConsultationHours } from './ConsultationHoursSection.tsx';
