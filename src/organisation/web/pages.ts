/** The organisation pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './organisation.css';
export { MunicipalityListPage } from './MunicipalityListPage.tsx';
export { MunicipalityPage } from './MunicipalityPage.tsx';
export { UnitPage } from './UnitPage.tsx';
