# Subscription ids and regions

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
