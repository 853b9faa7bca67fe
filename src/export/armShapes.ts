/**
 * What each resource of an ARM stage template looks like, as `JSON.stringify(resource, null, 2)` writes
 * it: the shapes armResources.ts fills (see `Shape` in jsonText.ts). `$` is a hole, filled in order;
 * `"$"` holds a string's escaped characters; a hole right after a member holds optional members; the last
 * hole of every resource holds its `dependsOn`, if any. `<apiVersion>` is the Microsoft.Network version.
 *
 * User text in an expression (`[format(...)]`, `[resourceId(...)]`) is `armExprString` (quotes included);
 * a whole literal value is `armLiteral`; a name inside one of our sentences (the comments) is only
 * cleaned, as the literal starts with our words and cannot be mistaken for an expression.
 */

/** The `dependsOn` ending a resource that waits for one other (the usual case), for a resource at depth 0. */
export const DEPENDS_ON_ONE = `,
  "dependsOn": [
    "$"
  ]`;

export const ROUTE_TABLE = `{
  "type": "Microsoft.Network/routeTables",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Route table $",
  "properties": {
    "disableBgpRoutePropagation": $,
    "routes": $
  }$
}`;

/** An item of a route table's `routes`, with an optional `nextHopIpAddress`. */
export const ROUTE = `{
  "name": "$",
  "properties": {
    "addressPrefix": "$",
    "nextHopType": "$"$
  }
}`;

export const NSG = `{
  "type": "Microsoft.Network/networkSecurityGroups",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Network security group $ (created empty: Azure's default rules apply)",
  "properties": {}$
}`;

/** The NVAs sentence (or nothing) ends the comment; optional `tags`, then optional `dhcpOptions`. */
export const VNET = `{
  "type": "Microsoft.Network/virtualNetworks",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Virtual network $. Subnets are child resources, never also inline (a redeploy with an inline list would delete them).$"$,
  "properties": {
    "addressSpace": {
      "addressPrefixes": $
    }$
  }$
}`;

/** Properties: the `addressPrefix` or `addressPrefixes` member, then optional route table and NSG. */
export const SUBNET = `{
  "type": "Microsoft.Network/virtualNetworks/subnets",
  "apiVersion": "<apiVersion>",
  "name": "[format('{0}/{1}', $, $)]",
  "comments": "Subnet $ of $",
  "properties": {
    $$
  }$
}`;

/** Members of a subnet's properties. */
export const SUBNET_ROUTE_TABLE = `"routeTable": {
  "id": "[resourceId(parameters('$'), $, 'Microsoft.Network/routeTables', $)]"
}`;
export const SUBNET_NSG = `"networkSecurityGroup": {
  "id": "[resourceId('Microsoft.Network/networkSecurityGroups', $)]"
}`;

/** Optional `zones` after the SKU (a gateway with an AZ SKU: see `PlannedGateway.zoneRedundant`). */
export const PUBLIC_IP = `{
  "type": "Microsoft.Network/publicIPAddresses",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "$",
  "sku": {
    "name": "Standard",
    "tier": "Regional"
  }$,
  "properties": {
    "publicIPAllocationMethod": "Static",
    "publicIPAddressVersion": "IPv4"
  }$
}`;

/** Optional `vpnType` and `bgpSettings` after the IP configurations. */
export const GATEWAY = `{
  "type": "Microsoft.Network/virtualNetworkGateways",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "$ gateway $ (takes 30-45 minutes)",
  "properties": {
    "gatewayType": "$",
    "sku": {
      "name": "$",
      "tier": "$"
    },
    "activeActive": $,
    "enableBgp": $,
    "ipConfigurations": $$
  }$
}`;

export const FIREWALL_POLICY = `{
  "type": "Microsoft.Network/firewallPolicies",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Firewall policy of $ (add rule collection groups here)",
  "properties": {
    "sku": {
      "tier": "$"
    }
  }$
}`;

/** Optional `managementIpConfiguration` after the IP configurations. */
export const FIREWALL = `{
  "type": "Microsoft.Network/azureFirewalls",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Azure Firewall $; the design expects its private IP $",
  "properties": {
    "sku": {
      "name": "AZFW_VNet",
      "tier": "$"
    },
    "firewallPolicy": {
      "id": "[resourceId('Microsoft.Network/firewallPolicies', $)]"
    },
    "ipConfigurations": $$
  }$
}`;

export const ROUTE_SERVER = `{
  "type": "Microsoft.Network/virtualHubs",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Route Server $",
  "properties": {
    "sku": "Standard",
    "allowBranchToBranchTraffic": false
  }$
}`;

export const ROUTE_SERVER_IP_CONFIG = `{
  "type": "Microsoft.Network/virtualHubs/ipConfigurations",
  "apiVersion": "<apiVersion>",
  "name": "[format('{0}/{1}', $, 'ipconfig1')]",
  "comments": "Route Server $ in RouteServerSubnet",
  "properties": {
    "subnet": {
      "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', $, 'RouteServerSubnet')]"
    },
    "publicIPAddress": {
      "id": "[resourceId('Microsoft.Network/publicIPAddresses', $)]"
    }
  }$
}`;

export const BASTION = `{
  "type": "Microsoft.Network/bastionHosts",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "Azure Bastion $",
  "sku": {
    "name": "$"
  },
  "properties": {
    "ipConfigurations": $
  }$
}`;

/**
 * An on-premises site's local network gateway: its ranges, then optional `gatewayIpAddress` or `fqdn` and
 * `bgpSettings`.
 */
export const LOCAL_GATEWAY = `{
  "type": "Microsoft.Network/localNetworkGateways",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "$",
  "properties": {
    "localNetworkAddressSpace": {
      "addressPrefixes": $
    }$
  }$
}`;

/**
 * A connection from a gateway: its type, then the other end (IPsec: `localNetworkGateway2`, `sharedKey`,
 * `enableBgp`; ExpressRoute: `peer`). The gateway ends carry `properties: {}`: the schema requires it.
 */
export const CONNECTION = `{
  "type": "Microsoft.Network/connections",
  "apiVersion": "<apiVersion>",
  "name": "$",
  "location": "[parameters('$')]",
  "comments": "$",
  "properties": {
    "connectionType": "$",
    "virtualNetworkGateway1": {
      "id": "[resourceId('Microsoft.Network/virtualNetworkGateways', $)]",
      "properties": {}
    }$
  }$
}`;

/**
 * Holes: the local VNet and the link's name (expressions), the local VNet in the comment, the remote
 * end of the comment (its name and a note when it is not created here), the remote VNet's id and the
 * flags (LINK_FLAGS). The remote end's texts are the same in every link to that VNet.
 */
export const LINK = `{
  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
  "apiVersion": "<apiVersion>",
  "name": "[format('{0}/{1}', $, $)]",
  "comments": "Link $ -> $",
  "properties": {
    "remoteVirtualNetwork": {
      "id": "$"
    },
    $
  }$
}`;

/** A link's flags, written once per combination. */
export const LINK_FLAGS = `"allowVirtualNetworkAccess": $,
"allowForwardedTraffic": $,
"allowGatewayTransit": $,
"useRemoteGateways": $`;
