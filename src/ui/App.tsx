import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import { StoreProvider } from './StoreProvider';
import { Shell } from './Shell';
import type { DesignerStore } from '../store/createDesignerStore';

export function App({ store }: { store?: DesignerStore }) {
  return (
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  );
}
