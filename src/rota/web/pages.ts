/** The rota pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './rota.css';
export { RotaPage } from './RotaPage.tsx';
export { PlanPage } from './PlanPage.tsx';
export { MyShiftsPage } from './MyShiftsPage.tsx';
export { RotaLinks } from './RotaLinks.tsx';
export { NextShifts } from './NextShifts.tsx';
