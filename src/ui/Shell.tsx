/** The app's layout: toolbar on top; findings, canvas and inspector side by side; dialogs on top. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { DialogHost } from './dialogs/DialogHost';
import { FindingsPanel } from './findings/FindingsPanel';
import { Hint } from './Hint';
import { Inspector } from './inspector/Inspector';
import { SessionFeatures } from './files/SessionFeatures';
import { ShareFeatures } from './share/ShareFeatures';
import { Toolbar } from './toolbar/Toolbar';
import { useShortcuts } from './useShortcuts';
import { useTheme } from './useTheme';

export function Shell() {
  useShortcuts();
  useTheme();
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <FindingsPanel />
          <main className="canvas-area" aria-label="Canvas">
            <Hint />
            <SessionFeatures />
            <Canvas />
          </main>
          <Inspector />
        </div>
        <DialogHost />
        <ShareFeatures />
      </div>
    </ReactFlowProvider>
  );
}
