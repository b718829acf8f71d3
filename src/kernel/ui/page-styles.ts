// Imported only by lazyPage: the design system's components that the first page does without.
import './design-system-pages.css';
