// Aanmelding on Azure: an Azure Developer CLI (azd) template. `azd up` provisions this and
// deploys src/Functions (service `api` in azure.yaml) to the Function App.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used in the resource group name and to derive unique resource names.')
param environmentName string

@minLength(1)
@description('Azure region for all resources. It must offer the Flex Consumption plan (for example westeurope, northeurope or swedencentral).')
@metadata({
  azd: {
    type: 'location'
    default: 'westeurope'
  }
})
param location string

@description('Object id of the user or service principal running the deployment (azd sets AZURE_PRINCIPAL_ID). It gets the storage data roles, for local debugging against the cloud account, and Key Vault Secrets Officer. Empty: no assignments.')
param principalId string = ''

@secure()
@description('SendGrid API key. Empty: no Key Vault secret and no SendGrid__ApiKey setting; the app then refuses to take work in Azure and says why at /api/health (its outbox folder is read-only there).')
param sendGridApiKey string = ''

@secure()
@description('HMAC key for the signed review and receipt links. azd reads it back from Key Vault on every provision (or generates one the first time), so it stays the same across deployments. Shorter than 32 characters (azd generates 15 the first time): it is lengthened with random characters, once, and the longer key is what Key Vault keeps.')
param linkSigningKey string = ''

@secure()
@description('Random material for the signing key when linkSigningKey is empty (a deployment without azd) or too short (azd\'s first, 15-character password). It is new on every deployment: pass a linkSigningKey of 32 or more characters to keep the key.')
param linkSigningKeyFallback string = newGuid()

@description('Sender address of the e-mails (Email__From).')
param emailFrom string = 'aanmelding@platform31.nl'

@description('Id of the call configured by the settings below (section Calls:{callId}).')
param callId string = 'kwetsbare-wijken-2018'

@description('Application deadline: ISO 8601 local date-time without offset, read in the call\'s time zone.')
param callDeadline string = '2018-07-13T23:59:59'

@description('Review deadline, same form as callDeadline.')
param callReviewDeadline string = '2018-07-27T23:59:59'

@description('IANA time zone of the call\'s deadlines.')
param callTimeZone string = 'Europe/Amsterdam'

@description('Number of places in the call.')
@minValue(1)
param callCapacity int = 12

@description('Coordinator e-mail addresses of the call.')
param coordinators string[] = []

@description('More coordinator addresses as one comma-separated string (what an azd environment variable can hold); added to coordinators.')
param coordinatorList string = ''

@description('Memory per Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of Function App instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

var resourceGroupName = '${abbrs.resourcesResourceGroups}${environmentName}'
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var identityName = '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
// Known before the deployment starts (unlike the identity's principal id), so it can name the
// identity's role assignments and What-If can predict them.
var identityResourceId = resourceId(
  subscription().subscriptionId,
  resourceGroupName,
  'Microsoft.ManagedIdentity/userAssignedIdentities',
  identityName
)
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

// The app refuses a key under 32 characters. azd's secretOrRandomPassword makes 15 on the first provision, so a short
// or missing key is lengthened with 32 random hex digits (a new GUID) plus 13 more: 45 characters or more. Key Vault
// keeps the result, and azd reads that longer key back on every later provision, so it is lengthened only once.
var effectiveLinkSigningKey = length(linkSigningKey) >= 32
  ? linkSigningKey
  : '${linkSigningKey}${uniqueString(subscription().id, environmentName, linkSigningKeyFallback)}${replace(linkSigningKeyFallback, '-', '')}'

var allCoordinators = union(coordinators, filter(map(split(coordinatorList, ','), c => trim(c)), c => !empty(c)))

// Configuration keys use `__` for `:` (DESIGN section 10). App Service on Linux allows only letters, digits,
// '.' and '_' in setting names, so the section is named without hyphens and names its call through `Id`.
var callSettingsSection = replace(replace(callId, '-', '_'), '.', '_')
var callSettingsPrefix = 'Calls__${callSettingsSection}__'
var callSettings = {
  '${callSettingsPrefix}Id': callId
  '${callSettingsPrefix}Deadline': callDeadline
  '${callSettingsPrefix}ReviewDeadline': callReviewDeadline
  '${callSettingsPrefix}TimeZone': callTimeZone
  '${callSettingsPrefix}Capacity': string(callCapacity)
}
var coordinatorSettings = toObject(
  range(0, length(allCoordinators)),
  i => '${callSettingsPrefix}Coordinators__${i}',
  i => allCoordinators[i]
)

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: resourceGroupName
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
    publisherAssignmentKey: identityResourceId
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module appStorageRoles 'app/storage-roles.bicep' = {
  name: 'storage-roles-app'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    assignmentKey: identityResourceId
  }
  dependsOn: [
    storage
  ]
}

module principalStorageRoles 'app/storage-roles.bicep' = if (!empty(principalId)) {
  name: 'storage-roles-principal'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    principalId: principalId
    assignmentKey: principalId
  }
  dependsOn: [
    storage
  ]
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    appAssignmentKey: identityResourceId
    principalId: principalId
    sendGridApiKey: sendGridApiKey
    linkSigningKey: effectiveLinkSigningKey
  }
}

var sendGridSettings = empty(sendGridApiKey)
  ? {}
  : {
      SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.sendGridApiKeySecretUri})'
    }

module function 'app/function.bicep' = {
  name: 'function'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: union(
      {
        Links__SigningKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.linkSigningKeySecretUri})'
        Email__From: emailFrom
        // The sweep timer's schedule (%Workflows:SweepSchedule%): the host must find it. Every 5 minutes.
        Workflows__SweepSchedule: '0 */5 * * * *'
      },
      sendGridSettings,
      callSettings,
      coordinatorSettings
    )
  }
  // The app's first start should find its storage roles in place.
  dependsOn: [
    appStorageRoles
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = function.outputs.name
output AZURE_FUNCTION_URI string = function.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
