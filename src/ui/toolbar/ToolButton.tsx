import type { DragEvent } from 'react';
import { PALETTE_MIME } from '../canvas/Canvas';
import { Icon, type IconName } from '../common/Icon';

export function ToolButton({ label, icon, onClick, disabled, title, showLabel = true, draggableKind, compact }: {
  label: string;
  icon: IconName;
  onClick: () => void;
  disabled?: boolean;
  title?: string;
  showLabel?: boolean;
  draggableKind?: string;
  /** the text may be hidden on narrow screens (the icon, tooltip and accessible name stay) */
  compact?: boolean;
}) {
  const onDragStart = (e: DragEvent) => {
    if (!draggableKind) return;
    e.dataTransfer.setData(PALETTE_MIME, draggableKind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <button type="button" className={compact ? 'tool-button is-compact' : 'tool-button'} onClick={onClick} disabled={disabled} title={title ?? label}
      aria-label={label} draggable={!!draggableKind} onDragStart={onDragStart}>
      <Icon name={icon} />
      {showLabel && <span className="tool-label">{label}</span>}
    </button>
  );
}

