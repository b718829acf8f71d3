/**
 * The frame's parts only a logged-in person sees: the menu, the unit switch and logging out.
 * One download after login (see Layout), so the login page carries none of them.
 */
export { LogoutButtons } from './LogoutButtons.tsx';
export { MainNav } from './MainNav.tsx';
export { UnitSwitch } from './UnitSwitch.tsx';
