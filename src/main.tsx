import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { bootApp, startServices } from './app/startup.ts';
import { formulaMayBoot } from './app/formulaPreload.ts';
import { loadFormulaParser } from './objectives/formulaParser.ts';
import { initialLocale } from './i18n/locale.ts';
import { loadLocale } from './i18n/messages.ts';
import { loadHeatmapStack } from './playground/LazyHeatmapStack.tsx';
import { loadNdStack } from './playground/LazyNdStack.tsx';
import { useStore } from './store/store.ts';
import './styles/tokens.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render: the services the shell owns, and the study a link names is what the
// page first shows.
const services = startServices();
// The starting language's text (Korean loads on demand; App falls back to English if it could not)
// and, where a link or a saved session may hold a typed formula, its parser (mathjs) to boot it.
await Promise.all([
  loadLocale(initialLocale()).catch(() => undefined),
  formulaMayBoot() ? loadFormulaParser().catch(() => undefined) : undefined,
]);
bootApp();
// A study that opens in 2D (or in 3..10 dims) draws its maps in the first frame: their code first.
const openingDims = useStore.getState().objective.dims.length;
if (openingDims === 2) await loadHeatmapStack().catch(() => undefined);
else if (openingDims > 2) await loadNdStack().catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);

// After the first screen: a pasted link, an imported file or a restored session may name a
// formula, and each compiles synchronously, so the parser follows in the background; so does the
// 2D view, so that choosing a 2D objective draws at once.
setTimeout(() => {
  void loadFormulaParser().catch(() => undefined);
  void loadHeatmapStack().catch(() => undefined);
}, 2000);
