import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { bootApp, startServices } from './app/startup.ts';
import './styles/tokens.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render: the services the shell owns, and the study a link names is what the
// page first shows.
const services = startServices();
bootApp();

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
