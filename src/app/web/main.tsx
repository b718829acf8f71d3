import '../../kernel/ui/zod-config.ts';
import '../../kernel/ui/design-system.css';
import '@digdir/designsystemet-theme';
import '../../kernel/ui/app.css';
import './i18next-types.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setMessageCatalogues, startI18n } from '../../kernel/i18n/i18n.ts';
import { App } from '../../kernel/ui/App.tsx';
import { setMenu } from '../../kernel/ui/menu-loader.ts';
import { createRouter } from './routes.tsx';
import { fillSlots } from './slots.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Every capability's texts in one download, fetched with the first page that needs them.
setMessageCatalogues(() => import('./messages.ts').then(({ namespaces }) => namespaces));
fillSlots();
setMenu(() => import('./menu.ts').then(({ menu }) => menu));

void startI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App createRouter={createRouter} />
    </StrictMode>,
  );
});
