# Providers: one azurerm alias per subscription, so each resource deploys where it belongs

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    azurerm = {
      "source"  = "hashicorp/azurerm"
      "version" = "~> 4.0"
    }
  }
}

# Subscription Connectivity
provider "azurerm" {
  alias           = "connectivity"
  subscription_id = var.connectivity_subscription_id

  features {}
}

# Subscription Landing zone 1
provider "azurerm" {
  alias           = "landing_zone1"
  subscription_id = var.landing_zone1_subscription_id

  features {}
}

# Subscription Landing zone 2
provider "azurerm" {
  alias           = "landing_zone2"
  subscription_id = var.landing_zone2_subscription_id

  features {}
}

# Subscription Shared services
provider "azurerm" {
  alias           = "shared_services"
  subscription_id = var.shared_services_subscription_id

  features {}
}
