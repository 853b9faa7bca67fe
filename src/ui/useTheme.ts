/** Applies the theme (system, light or dark) to <html data-theme>, following the system when asked. */
import { useEffect } from 'react';
import type { Theme } from '../store/types';
import { useActions, useDesigner } from './StoreProvider';

const THEME_KEY = 'vnet-designer:theme';

function readSaved(): Theme | undefined {
  try {
    const t = localStorage.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' || t === 'system' ? t : undefined;
  } catch {
    return undefined;
  }
}

export function useTheme(): void {
  const theme = useDesigner((s) => s.ui.theme);
  const { setTheme } = useActions();
  useEffect(() => {
    const saved = readSaved();
    if (saved) setTheme(saved);
  }, [setTheme]);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // storage disabled: the theme still applies for this session
    }
    media.addEventListener?.('change', apply);
    return () => media.removeEventListener?.('change', apply);
  }, [theme]);
}
