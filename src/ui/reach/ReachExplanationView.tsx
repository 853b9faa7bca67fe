import type { ReachExplanation } from '../../engine/reach/types';

/** One direction explained: each path (source subnet → destination range) as its hops, the drop named. */
export function ReachExplanationView({ explanation }: { explanation: ReachExplanation }) {
  return (
    <section className="reach-explain" aria-label={`Path from ${explanation.fromName} to ${explanation.toName}`}>
      <h3>{explanation.fromName} → {explanation.toName}: <span className={`reach-word reach-${explanation.status}`}>{explanation.status === 'reach' ? 'reachable' : explanation.status === 'partial' ? 'partly reachable' : 'not reachable'}</span></h3>
      <p>{explanation.message}</p>
      {explanation.paths.map((p, i) => (
        <div key={i} className={`reach-path ${p.delivered ? 'is-delivered' : 'is-dropped'}`}>
          <h4>{p.sourceSubnet || '(VNet)'} → <code>{p.destination}</code>: {p.delivered ? 'delivered' : 'dropped'}</h4>
          <ol>
            {p.hops.map((h, k) => {
              const isDrop = p.drop?.hop === k;
              return (
                <li key={k} className={isDrop ? 'hop-drop' : undefined}>
                  <strong>{h.vnetName}</strong>{h.subnet && <>/{h.subnet}</>}
                  {h.route ? <> · route <code>{h.route.prefix}</code> → {h.route.nextHopType}{h.route.name ? ` (${h.route.source} ${h.route.name})` : ` (${h.route.source})`}</> : <> · no matching route</>}
                  {' '}→ {h.nextHop}
                  {isDrop && p.drop && <div className="drop-reason" role="note">Breaks here: {p.drop.reason}</div>}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
