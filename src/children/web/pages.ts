/** The children pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './children.css';
export { ChildPage } from './ChildPage.tsx';
export { FindChildPage } from './FindChildPage.tsx';
export { FindChildShortcut } from './FindChildShortcut.tsx';
export { UnitRegister } from './RegisterSection.tsx';
