// The user-assigned managed identity the Function App runs as. Every data-plane call the app
// makes (Storage blob/queue/table, Key Vault references, Application Insights ingestion,
// deployment package download) authenticates with this identity; no keys or connection strings.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string = resourceGroup().location

@description('Tags for the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
