// The storage account behind the Functions host (AzureWebJobsStorage), Durable Functions' task
// hub (queues, tables and blobs), the application's own tables, and the Flex Consumption
// deployment package container, and the applications' PDF attachments. Shared-key access is off:
// everything goes through Entra ID (the app reaches blobs through AzureWebJobsStorage__blobServiceUri
// with its identity, which holds Storage Blob Data Owner: see storage-roles.bicep).

@description('Name of the storage account (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string = resourceGroup().location

@description('Tags for the storage account.')
param tags object = {}

@description('Blob container that holds the Function App\'s deployment package.')
param deploymentContainerName string

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The applications' attachments (Core/Storage/AttachmentStore.cs: the name is fixed in code). The app
// creates the container itself when it is missing; declared here so it is private from the start.
var attachmentsContainerName = 'attachments'

resource attachmentsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: attachmentsContainerName
  properties: {
    publicAccess: 'None'
  }
}

// A backstop beside the app's own sweep (which settles staging blobs after an hour): whatever is
// still under a staging name after a week is removed (the sweep runs every 5 minutes, so a stored
// application's file waits that long only if no host ran for a week). Kept files live under
// 'applications/', which this rule never touches.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'remove-staged-attachments'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${attachmentsContainerName}/staging/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: 7
                }
              }
            }
          }
        }
      ]
    }
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output deploymentContainerName string = deploymentContainer.name
output attachmentsContainerName string = attachmentsContainer.name
