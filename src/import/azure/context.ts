/** State shared by the steps of the Azure resource importer while it builds one design. */
import { makeVnet } from '../../model/factories';
import { slugify } from '../../model/ids';
import type { DesignInput, Gateway, OnPremises, PeeringLink, RouteTable, Subnet, VNet } from '../../model/schema';
import type { ImportReport } from '../types';
import { idKey, parseResourceId } from './resourceId';

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
  /** next suffix to try per id base: 20,000 links named alike cost one probe each, not a scan from 2 */
  private readonly nextSuffix = new Map<string, number>();
  private readonly noteSet = new Set<string>();
  /** links already read, by `${local id}\n${lower-cased name}` (a link listed inline and alone is read once) */
  readonly linkKeys = new Set<string>();
  readonly onPremises: OnPremises[] = [];
  /** design gateways by lower-cased Azure id (connections attach on-premises sites to them) */
  readonly gatewaysByKey = new Map<string, Gateway>();
  /** lower-cased subnet names per VNet draft (a subnet listed inline and alone is read once) */
  private readonly subnetNames = new Map<VNetDraft, Set<string>>();
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
    const cut = base.slice(0, 180);
    let id = cut;
    if (this.taken.has(id)) {
      let i = this.nextSuffix.get(cut) ?? 2;
      while (this.taken.has(`${cut}-${i}`)) i++;
      id = `${cut}-${i}`;
      this.nextSuffix.set(cut, i + 1);
    }
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
    if (this.noteSet.has(text)) return;
    this.noteSet.add(text);
    this.report.notes.push(text);
  }

  /**
   * The VNet with this Azure id, or a placeholder for it (issue 13 item 1): a peering, subnet, gateway or
   * firewall whose own VNet is outside the input is kept on a placeholder named from the id, as a remote
   * VNet is; `knownPrefixes` is what the input says of its space (a peering's remote address space).
   */
  vnetOrPlaceholder(vnetAzureId: string, why: string, knownPrefixes?: string[]): VNetDraft {
    const existing = this.vnetByAzureId(vnetAzureId);
    if (existing) return existing;
    const parsed = parseResourceId(vnetAzureId);
    const name = parsed?.names[0] ?? vnetAzureId.split('/').filter(Boolean).pop() ?? 'vnet';
    const isClassic = (parsed?.type ?? idKey(vnetAzureId)).includes('microsoft.classicnetwork');
    const vnet: VNetDraft = makeVnet({
      id: this.newId('vnet', name),
      name,
      subscriptionId: parsed?.subscriptionId || 'unknown-subscription',
      resourceGroup: parsed?.resourceGroup ?? '',
      location: '',
      addressPrefixes: knownPrefixes ?? [],
      isClassic,
      isPlaceholder: true,
      resourceId: vnetAzureId,
    });
    this.addVnet(vnet, vnetAzureId);
    this.note(
      `VNet '${name}' is ${why} but not described in the input: added as a placeholder` +
        (knownPrefixes && knownPrefixes.length > 0 ? ` with the address space the input reports (${knownPrefixes.join(', ')}).` : '.'),
    );
    return vnet;
  }

  hasSubnet(vnet: VNetDraft, name: string): boolean {
    return this.subnetNames.get(vnet)?.has(name.toLowerCase()) ?? false;
  }

  addSubnetName(vnet: VNetDraft, name: string): void {
    let names = this.subnetNames.get(vnet);
    if (!names) this.subnetNames.set(vnet, (names = new Set()));
    names.add(name.toLowerCase());
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
