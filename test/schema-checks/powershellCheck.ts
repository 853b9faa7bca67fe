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
 * Az cmdlets the exporter uses that az-cmdlets.json does not list yet (the on-premises sites and the
 * Bastion existence check, added with issue 11), transcribed from their cmdlet source in github
 * Azure/azure-powershell: src/Network/Network/LocalNetworkGateway/NewAzureLocalNetworkGatewayCommand.cs,
 * VirtualNetworkGatewayConnection/NewAzureVirtualNetworkGatewayConnectionCommand.cs and
 * Bastion/GetAzBastionCommand.cs. A test fails as soon as the shared list carries one of them, so the
 * entry is dropped then.
 */
export const SUPPLEMENT: Record<string, string[]> = {
  'Get-AzBastion': ['ResourceGroupName', 'Name', 'ResourceId', 'DefaultProfile'],
  'New-AzLocalNetworkGateway': ['Name', 'ResourceGroupName', 'Location', 'GatewayIpAddress', 'Fqdn', 'AddressPrefix', 'Asn', 'BgpPeeringAddress', 'PeerWeight', 'Tag', 'Force', 'AsJob', 'DefaultProfile'],
  'New-AzVirtualNetworkGatewayConnection': [
    'Name', 'ResourceGroupName', 'Location', 'AuthorizationKey', 'VirtualNetworkGateway1', 'VirtualNetworkGateway2', 'LocalNetworkGateway2', 'ConnectionType', 'RoutingWeight', 'DpdTimeoutInSeconds',
    'ConnectionMode', 'SharedKey', 'PeerId', 'Peer', 'EnableBgp', 'UseLocalAzureIpAddress', 'Tag', 'Force', 'UsePolicyBasedTrafficSelectors', 'IpsecPolicies', 'TrafficSelectorPolicy',
    'ConnectionProtocol', 'IngressNatRule', 'EgressNatRule', 'GatewayCustomBgpIpAddress', 'AsJob', 'ExpressRouteGatewayBypass', 'EnablePrivateLinkFastPath', 'DefaultProfile',
  ],
};

const DIGITS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** PowerShell built-ins the scripts may use besides Az cmdlets, with the parameters they may pass. */
const BUILTINS: Record<string, string[]> = { 'Out-Null': [], 'Get-Command': ['Name'], 'ConvertFrom-SecureString': ['SecureString', 'AsPlainText'] };

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
  // tree-sitter-powershell cannot read a parameter name ending in a digit (`-VirtualNetworkGateway1`: a
  // MISSING node); PowerShell's own parser can (test/scripts/realCheckers.test.ts). Spell the digit out for
  // tree-sitter, and back for the parameter check.
  const tree = parsePowerShell(text.replace(/(\s-[A-Za-z]+)(\d)(?=\s)/g, (_m, name: string, d: string) => `${name}Digit${DIGITS[Number(d)] ?? ''}`));
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
    let params = known[name] ?? BUILTINS[name];
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
      const p = el.text.replace(/^-/, '').replace(/:$/, '').replace(/Digit([A-Z][a-z]+)$/, (_m, w: string) => String(DIGITS.indexOf(w)));
      if (!allowed.has(p.toLowerCase())) report.errors.push(`${name}: unknown parameter -${p}`);
    }
  };
  walk(tree.rootNode);
  return report;
}
