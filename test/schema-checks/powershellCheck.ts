/**
 * Checks an exported PowerShell script: it parses with tree-sitter-powershell with no ERROR or MISSING
 * node, every Az cmdlet and parameter it uses is listed in ../shared/schemas/powershell/az-cmdlets.json
 * (parameter aliases and common parameters from az-cmdlets.meta.json count), and no AzureRM cmdlet
 * appears. Cmdlets the shared list does not carry are checked against SUPPLEMENT below and reported, so
 * the test can say which ones were not covered by the shared data.
 */
import Parser from 'tree-sitter';
import PowerShell from 'tree-sitter-powershell';
import { readSharedJson } from './shared';

/**
 * Parameters of Az cmdlets the exporter uses that az-cmdlets.json does not list, transcribed from the
 * SYNTAX sections of the Az.Network help (github Azure/azure-powershell src/Network/Network/help/*.md;
 * New-AzFirewall's -SkuName/-SkuTier and New-AzRouteServer's -PublicIpAddress are from the current Learn
 * pages, newer than the help versions in the search index).
 */
export const SUPPLEMENT: Record<string, string[]> = {
  'New-AzRouteConfig': ['Name', 'AddressPrefix', 'NextHopType', 'NextHopIpAddress', 'DefaultProfile'],
  'New-AzPublicIpAddress': ['Name', 'ResourceGroupName', 'Location', 'Sku', 'Tier', 'AllocationMethod', 'IpAddressVersion', 'Zone', 'Tag', 'Force', 'AsJob', 'DefaultProfile'],
  'New-AzVirtualNetworkGatewayIpConfig': ['Name', 'SubnetId', 'PublicIpAddressId', 'PrivateIpAddress', 'DefaultProfile'],
  'New-AzVirtualNetworkGateway': ['Name', 'ResourceGroupName', 'Location', 'IpConfigurations', 'GatewayType', 'VpnType', 'EnableBgp', 'EnableActiveActiveFeature', 'GatewaySku', 'Asn', 'PeerWeight', 'VpnGatewayGeneration', 'Tag', 'Force', 'AsJob', 'DefaultProfile'],
  'New-AzFirewallPolicy': ['Name', 'ResourceGroupName', 'Location', 'ThreatIntelMode', 'BasePolicy', 'SkuTier', 'Tag', 'Force', 'AsJob', 'DefaultProfile'],
  'New-AzFirewall': ['Name', 'ResourceGroupName', 'Location', 'VirtualNetwork', 'PublicIpAddress', 'ManagementPublicIpAddress', 'FirewallPolicyId', 'SkuName', 'SkuTier', 'Zone', 'Tag', 'Force', 'AsJob', 'DefaultProfile'],
  'New-AzRouteServer': ['ResourceGroupName', 'RouteServerName', 'HostedSubnet', 'PublicIpAddress', 'Location', 'Tag', 'Force', 'AsJob', 'DefaultProfile'],
  'New-AzBastion': ['ResourceGroupName', 'Name', 'PublicIpAddress', 'VirtualNetwork', 'Sku', 'Tag', 'AsJob', 'DefaultProfile'],
};

/** PowerShell built-ins the scripts may use besides Az cmdlets. */
const BUILTINS = new Set(['Out-Null']);

interface Meta {
  commonParameters: string[];
  cmdlets: Record<string, { parameterAliases?: Record<string, string> }>;
}

const parser = new Parser();
parser.setLanguage(PowerShell as unknown as Parser.Language);

export interface PsReport {
  errors: string[];
  /** cmdlets checked against SUPPLEMENT because the shared list lacks them */
  supplemented: Set<string>;
  cmdlets: Set<string>;
  /** decoded verbatim string literals, in order */
  strings: string[];
}

export function parsePowerShell(text: string): Parser.Tree {
  // tree-sitter's default chunked input mishandles long inputs with multi-byte text; pass a buffer size.
  return parser.parse(text, undefined, { bufferSize: Math.max(32 * 1024, text.length * 4 + 16) });
}

export function decodeVerbatim(literal: string): string {
  return literal.slice(1, -1).replace(/(['\u2018\u2019\u201A\u201B])\1/g, '$1');
}

export function checkPowerShell(text: string): PsReport {
  const known = readSharedJson('powershell/az-cmdlets.json') as Record<string, string[]>;
  const meta = readSharedJson('powershell/az-cmdlets.meta.json') as Meta;
  const common = new Set(meta.commonParameters.map((p) => p.toLowerCase()));
  const report: PsReport = { errors: [], supplemented: new Set(), cmdlets: new Set(), strings: [] };
  const tree = parsePowerShell(text);
  const walk = (n: Parser.SyntaxNode): void => {
    if (n.type === 'ERROR' || n.isMissing) report.errors.push(`parse ${n.isMissing ? 'MISSING' : 'ERROR'} at ${n.startPosition.row + 1}:${n.startPosition.column + 1}: ${n.text.slice(0, 60)}`);
    if (n.type === 'string_literal') {
      if (n.text.startsWith("'")) report.strings.push(decodeVerbatim(n.text));
      else if (n.text.startsWith('"')) report.errors.push(`double-quoted string at line ${n.startPosition.row + 1}`);
    }
    if (n.type === 'command') checkCommand(n);
    for (const c of n.children) walk(c);
  };
  const checkCommand = (n: Parser.SyntaxNode): void => {
    const name = n.childForFieldName('command_name')?.text ?? '';
    report.cmdlets.add(name);
    if (/AzureRm/i.test(name)) return void report.errors.push(`AzureRM cmdlet ${name}`);
    if (BUILTINS.has(name)) return;
    let params = known[name];
    if (!params) {
      params = SUPPLEMENT[name];
      if (params) report.supplemented.add(name);
    }
    if (!params) return void report.errors.push(`unknown cmdlet ${name}`);
    const allowed = new Set([...params.map((p) => p.toLowerCase()), ...common]);
    for (const alias of Object.keys(meta.cmdlets[name]?.parameterAliases ?? {})) allowed.add(alias.toLowerCase());
    const elements = n.childForFieldName('command_elements');
    for (const el of elements?.children ?? []) {
      if (el.type !== 'command_parameter') continue;
      const p = el.text.replace(/^-/, '').replace(/:$/, '');
      if (!allowed.has(p.toLowerCase())) report.errors.push(`${name}: unknown parameter -${p}`);
    }
  };
  walk(tree.rootNode);
  return report;
}
