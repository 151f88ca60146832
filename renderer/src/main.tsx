import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { createClient } from './api/client.js';
import './styles.css';
import { startBoot } from './boot.js';

const api = createClient();
// Before React renders anything: the requests for the first screen start now, in parallel.
startBoot(api);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
