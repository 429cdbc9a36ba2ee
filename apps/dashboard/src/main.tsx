import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { App } from './App';
import { sendVisitorWithoutSessionToLogin } from './authProvider';

sendVisitorWithoutSessionToLogin();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// the installable app's service worker (generated at build time, vite.config.mts): keeps the app
// shell so a reload with no network still opens the app; the dev server has none
if (import.meta.env.PROD && 'serviceWorker' in navigator) void new Workbox('/sw.js').register();
