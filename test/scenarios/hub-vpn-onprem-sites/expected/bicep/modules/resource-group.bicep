// Creates one resource group; deployed by main.bicep at the scope of the group's subscription.
targetScope = 'subscription'

@description('Resource group name')
param name string

@description('Azure region of the resource group')
param location string

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: name
  location: location
}

output name string = rg.name
