/**
 * The deployment preflight (codes DEPLOY_*): rules Azure checks only when it deploys, which no template schema
 * catches (issue 11). One rule per file; the Azure facts they share, with their sources, are in azureFacts.ts.
 */
import type { Design } from '../../../model/schema';
import type { Finding } from '../../types';
import { bastionSku } from './bastionSku';
import { bgpAsn } from './bgpAsn';
import { bidiText } from './bidiText';
import { derivedNameInvalid } from './derivedNames';
import { dnsServers } from './dnsServers';
import { firewallManagementSubnet } from './firewallManagementSubnet';
import { gatewaySku } from './gatewaySku';
import { gatewaySubnetSize } from './gatewaySubnetSize';
import { gatewayZones } from './gatewayZones';
import { onPremConnection } from './onPremConnection';
import { onPremEndpoint } from './onPremEndpoint';
import { routeServerVpn } from './routeServerVpn';
import { tags } from './tags';

export const DEPLOY_RULES: ((design: Design) => Finding[])[] = [
  bidiText,
  tags,
  dnsServers,
  derivedNameInvalid,
  bastionSku,
  gatewaySku,
  gatewayZones,
  gatewaySubnetSize,
  routeServerVpn,
  firewallManagementSubnet,
  bgpAsn,
  onPremEndpoint,
  onPremConnection,
];
