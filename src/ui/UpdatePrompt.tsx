/// <reference types="vite-plugin-pwa/react" />
/**
 * The offline app's update prompt. The service worker (vite-plugin-pwa, `registerType: 'prompt'`) keeps
 * serving the version the user has open; when a new build has been fetched, this banner says so and the page
 * reloads only when the user asks: never a silent reload over unsaved work.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="alertdialog" aria-labelledby="update-prompt-text">
      <p id="update-prompt-text">A new version of VNet Peering Designer is available. Finish or save your work, then reload to use it.</p>
      <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
        Reload now
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
