// Placeholder shell: the designer issue replaces this with the canvas, inspector and panels.
import { sampleDesign } from '../model/sample';

export function App() {
  const design = sampleDesign();
  return (
    <main>
      <h1>VNet Peering Designer</h1>
      <ul>
        {design.vnets.map((v) => (
          <li key={v.id}>{v.name}</li>
        ))}
      </ul>
    </main>
  );
}
