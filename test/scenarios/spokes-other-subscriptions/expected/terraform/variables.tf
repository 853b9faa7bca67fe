# Subscription ids and regions

variable "connectivity_subscription_id" {
  description = "Subscription id of Connectivity"
  type        = string
  default     = "00000000-0000-0000-0000-000000000001"
}

variable "landing_zone1_subscription_id" {
  description = "Subscription id of Landing zone 1"
  type        = string
  default     = "00000000-0000-0000-0000-000000000002"
}

variable "landing_zone2_subscription_id" {
  description = "Subscription id of Landing zone 2"
  type        = string
  default     = "00000000-0000-0000-0000-000000000003"
}

variable "shared_services_subscription_id" {
  description = "Subscription id of Shared services"
  type        = string
  default     = "00000000-0000-0000-0000-000000000004"
}

variable "location" {
  description = "Azure region"
  type        = string
  default     = "westeurope"
}
