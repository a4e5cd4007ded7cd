import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { bootApp, startServices } from './app/startup.ts';
import { formulaMayBoot } from './app/formulaPreload.ts';
import { loadFormulaParser } from './objectives/formulaParser.ts';
import './styles/tokens.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render: the services the shell owns, and the study a link names is what the
// page first shows.
const services = startServices();
// A link or a saved session may hold a typed formula: its parser (mathjs) must be there to boot it.
if (formulaMayBoot()) await loadFormulaParser().catch(() => undefined);
bootApp();

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);

// After the first screen: a pasted link, an imported file or a restored session may name a
// formula, and each compiles synchronously, so the parser follows in the background.
setTimeout(() => void loadFormulaParser().catch(() => undefined), 2000);
