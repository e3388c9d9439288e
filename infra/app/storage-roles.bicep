// Data-plane roles on the storage account for one principal. Durable Functions on Azure Storage
// needs all three: blobs (leases, large messages, the deployment package; and the applications'
// PDF attachments in the container 'attachments'), queues (control and
// work-item queues) and tables (history and instances; the application's own tables too).
// Storage Account Contributor (management plane) is not needed.

@description('Name of the storage account in this resource group.')
param storageAccountName string

@description('Object id of the principal that gets the roles.')
param principalId string

@description('A value known when the deployment starts that identifies the principal (its object id, or the managed identity\'s resource id); it names the role assignments, so What-If can predict them.')
param assignmentKey string

@description('Type of the principal; empty lets Azure look it up (fine for an existing user or group).')
@allowed([
  ''
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = ''

var roleIds = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in items(roleIds): {
    name: guid(storage.id, assignmentKey, roleId.value)
    scope: storage
    properties: {
      principalId: principalId
      principalType: empty(principalType) ? null : principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId.value)
    }
  }
]
