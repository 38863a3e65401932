import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Guide } from './Guide';
import '@/assets/pages.css';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Guide />
  </StrictMode>,
);
