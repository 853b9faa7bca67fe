/** State shared by the steps of the Azure resource importer while it builds one design. */
import { slugify, uniqueId } from '../../model/ids';
import type { DesignInput, PeeringLink, RouteTable, Subnet, VNet } from '../../model/schema';
import type { ImportReport } from '../types';
import { idKey } from './resourceId';

/** A design VNet while it is being built (fields the schema would default are filled in). */
export type VNetDraft = VNet;

export interface ResourceItem {
  /** the resource object as found in the input */
  obj: unknown;
  /** JSON path of the object in the input, e.g. `[3]` or `data[0]` */
  where: string;
}

/** The command that lists a missing kind of resource, in the tool the input came from. */
const LIST_COMMANDS = {
  gateways: { cli: 'az network vnet-gateway list', powershell: 'Get-AzVirtualNetworkGateway' },
  firewalls: { cli: 'az network firewall list', powershell: 'Get-AzFirewall' },
  routeTables: { cli: 'az network route-table list', powershell: 'Get-AzRouteTable' },
} as const;

export class ImportContext {
  readonly report: ImportReport;
  private readonly taken = new Set<string>();
  /** VNets by lower-cased Azure resource id */
  readonly vnetsByKey = new Map<string, VNetDraft>();
  readonly vnets: VNetDraft[] = [];
  readonly links: PeeringLink[] = [];
  readonly routeTables: RouteTable[] = [];
  /** route tables by lower-cased Azure resource id */
  readonly routeTablesByKey = new Map<string, RouteTable>();
  /** subnet design id -> route table Azure id (resolved once every route table is known) */
  readonly subnetRouteTable = new Map<string, { vnet: VNetDraft; rtId: string; where: string }>();
  /** associations listed on the route table side (`routeTable.subnets[].id`) */
  readonly tableSideAssociations: { subnetAzureId: string; rtId: string }[] = [];
  /** subnets whose ipConfigurations may reveal a gateway, firewall or Route Server (appliances.ts) */
  readonly subnetIpConfigs: { vnet: VNetDraft; subnet: Subnet; ids: string[]; where: string }[] = [];
  /** gateways / firewalls / route servers by lower-cased Azure id (to merge what is inferred with what is listed) */
  readonly applianceKeys = new Set<string>();
  /** tenant ids seen per lower-cased subscription id (Resource Graph rows carry `tenantId`) */
  readonly tenants = new Map<string, string>();

  constructor(report: ImportReport) {
    this.report = report;
  }

  /** A readable id, unique across the whole design. */
  newId(prefix: string, name: string): string {
    const slug = slugify(name);
    // 'vnet-hub' stays 'vnet-hub', 'hub' becomes 'vnet-hub'
    const base = slug === prefix || slug.startsWith(`${prefix}-`) ? slug : `${prefix}-${slug}`;
    const id = uniqueId(base.slice(0, 180), this.taken);
    this.taken.add(id);
    return id;
  }

  listCommand(kind: keyof typeof LIST_COMMANDS): string {
    return LIST_COMMANDS[kind][this.report.format === 'azure-powershell' ? 'powershell' : 'cli'];
  }

  skip(what: string, where: string, why: string): void {
    this.report.skipped.push({ what, where, why });
  }

  note(text: string): void {
    if (!this.report.notes.includes(text)) this.report.notes.push(text);
  }

  vnetByAzureId(id: string): VNetDraft | undefined {
    return this.vnetsByKey.get(idKey(id));
  }

  addVnet(v: VNetDraft, azureId: string): void {
    this.vnets.push(v);
    this.vnetsByKey.set(idKey(azureId), v);
  }

  toDesignInput(name: string): DesignInput {
    return { version: 1, name, vnets: this.vnets, peerings: this.links, routeTables: this.routeTables };
  }
}
