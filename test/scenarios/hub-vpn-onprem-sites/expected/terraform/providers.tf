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

# Subscription connectivity
provider "azurerm" {
  alias           = "subscription_id"
  subscription_id = var.subscription_id

  features {}
}
