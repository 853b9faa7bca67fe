import type { DragEvent } from 'react';
import { PALETTE_MIME } from '../canvas/Canvas';
import { Icon, type IconName } from '../common/Icon';

export function ToolButton({ label, icon, onClick, disabled, title, showLabel = true, draggableKind }: {
  label: string;
  icon: IconName;
  onClick: () => void;
  disabled?: boolean;
  title?: string;
  showLabel?: boolean;
  draggableKind?: string;
}) {
  const onDragStart = (e: DragEvent) => {
    if (!draggableKind) return;
    e.dataTransfer.setData(PALETTE_MIME, draggableKind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <button type="button" className="tool-button" onClick={onClick} disabled={disabled} title={title ?? label}
      aria-label={showLabel ? undefined : label} draggable={!!draggableKind} onDragStart={onDragStart}>
      <Icon name={icon} />
      {showLabel && <span>{label}</span>}
    </button>
  );
}

