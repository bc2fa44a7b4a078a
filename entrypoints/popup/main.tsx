import '@/lib/core/model/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/theme.css';
import { installCatalogTexts } from '@/lib/platform/i18n-texts';

installCatalogTexts();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
