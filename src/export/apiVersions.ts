/**
 * API versions written by the exporters (reference 5.1). Microsoft.Network 2025-07-01 is the newest
 * stable version published in Microsoft's ARM template schemas (the peering schema is identical in
 * 2026-01-01); one version is used for a VNet and all its children, never mixed (reference 5.1).
 * Microsoft.Resources 2025-04-01 is what AVM uses for deployments.
 */
import type { Finding } from '../engine/types';

export interface ApiVersions {
  network: string;
  resources: string;
}

export const DEFAULT_API_VERSIONS: ApiVersions = { network: '2025-07-01', resources: '2025-04-01' };

export const ARM_RG_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const ARM_SUB_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#';

export interface ExportOptions {
  apiVersions?: Partial<ApiVersions>;
  /**
   * The design's findings when the caller already has them (the UI memoises them per design, the CLI
   * has just checked them): the header lists their errors. Without it the exporter runs `validate`.
   */
  findings?: readonly Finding[];
}

export function apiVersionsOf(options: ExportOptions | undefined): ApiVersions {
  return { ...DEFAULT_API_VERSIONS, ...(options?.apiVersions ?? {}) };
}
