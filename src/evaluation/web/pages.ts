/** The evaluation's pages, one download: loaded the first time one is shown (see index.tsx). */
import './evaluation.css';
export { EvaluationPage } from './EvaluationPage.tsx';
export { ImportCountsPage } from './ImportCountsPage.tsx';
