import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { UpdatePrompt } from './ui/UpdatePrompt';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
      {import.meta.env.PROD ? <UpdatePrompt /> : null}
    </StrictMode>,
  );
