# Subscription ids and regions; on-premises connection settings (the shared keys are sensitive and have no default: pass them with -var or TF_VAR_...)

variable "subscription_id" {
  description = "Subscription id of 00000000-0000-0000-0000-000000000001"
  type        = string
  default     = "00000000-0000-0000-0000-000000000001"
}

variable "location" {
  description = "Azure region"
  type        = string
  default     = "westeurope"
}

variable "circuit_id_datacenter" {
  description = "Resource id of the ExpressRoute circuit of datacenter"
  type        = string
  default     = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-circuit-1"
}

variable "shared_key_branch_bgp" {
  description = "Shared key (PSK) of the connection to branch-bgp"
  type        = string
  sensitive   = true
}

variable "shared_key_branch_fqdn" {
  description = "Shared key (PSK) of the connection to branch-fqdn"
  type        = string
  sensitive   = true
}

variable "shared_key_branch_noip" {
  description = "Shared key (PSK) of the connection to branch-noip"
  type        = string
  sensitive   = true
}

variable "gateway_ip_branch_noip" {
  description = "Public IP address of the VPN device of branch-noip"
  type        = string
}
