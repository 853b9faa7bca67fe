/**
 * Toolbar buttons that open a dialog, by group. Features add their entry here (and their dialog in
 * dialogs/registry.ts); a button whose dialog is not registered is shown disabled.
 */
import type { IconName } from '../common/Icon';

export type ToolbarGroup = 'file' | 'plan' | 'share';

export interface DialogButton {
  group: ToolbarGroup;
  /** accessible name and visible text */
  label: string;
  dialog: string;
  icon: IconName;
  /** shown in the tooltip */
  description: string;
}

export const DIALOG_BUTTONS: DialogButton[] = [
  { group: 'file', label: 'Open', dialog: 'files', icon: 'folder', description: 'Open or save design files, export PNG/SVG, designs kept in this browser' },
  { group: 'file', label: 'Import', dialog: 'import', icon: 'upload', description: 'Import an Azure estate (az CLI, REST, Resource Graph, ARM template)' },
  { group: 'plan', label: 'Templates', dialog: 'templates', icon: 'template', description: 'New from template: hub and spoke, mesh, multi-region' },
  { group: 'plan', label: 'Address plan', dialog: 'address-plan', icon: 'table', description: 'Every prefix and subnet, free blocks per pool, CSV download' },
  { group: 'plan', label: 'Cost', dialog: 'cost', icon: 'cost', description: 'Monthly peering data-transfer estimate' },
  { group: 'share', label: 'Share', dialog: 'share', icon: 'share', description: 'Share this design as a link' },
  { group: 'share', label: 'Export', dialog: 'export', icon: 'export', description: 'Export Bicep, ARM, PowerShell, CLI, Terraform' },
];
