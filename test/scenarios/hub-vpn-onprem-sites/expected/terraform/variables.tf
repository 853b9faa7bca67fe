# Subscription ids and regions; on-premises connection settings (the shared keys are sensitive and have no default: pass them with -var or TF_VAR_...)

variable "subscription_id" {
  description = "Subscription id of connectivity"
  type        = string
  default     = "00000000-0000-0000-0000-000000000001"
}

variable "location" {
  description = "Azure region"
  type        = string
  default     = "westeurope"
}

variable "shared_key_branch_amsterdam" {
  description = "Shared key (PSK) of the connection to branch-amsterdam"
  type        = string
  sensitive   = true
}

variable "shared_key_branch_eindhoven" {
  description = "Shared key (PSK) of the connection to branch-eindhoven"
  type        = string
  sensitive   = true
}

variable "gateway_ip_branch_eindhoven" {
  description = "Public IP address of the VPN device of branch-eindhoven"
  type        = string
}

variable "shared_key_branch_utrecht" {
  description = "Shared key (PSK) of the connection to branch-utrecht"
  type        = string
  sensitive   = true
}

variable "circuit_id_datacenter" {
  description = "Resource id of the ExpressRoute circuit of datacenter"
  type        = string
  default     = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-expressroute/providers/Microsoft.Network/expressRouteCircuits/erc-amsterdam"
}
