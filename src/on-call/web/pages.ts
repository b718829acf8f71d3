/** The on-call pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './on-call.css';
export { NightPage } from './NightPage.tsx';
export { NewCallPage } from './NewCallPage.tsx';
export { CallPage } from './CallPage.tsx';
export { HandoverPage } from './HandoverPage.tsx';
export { OverviewPage } from './OverviewPage.tsx';
export { StatementPage } from './StatementPage.tsx';
export { OnCallLinks } from './OnCallLinks.tsx';
export { HandoverWaiting } from './HandoverWaiting.tsx';
