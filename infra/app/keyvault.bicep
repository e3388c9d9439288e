// Key Vault for the application's secrets, with Azure RBAC instead of access policies. The
// Function App reads them through Key Vault references (app settings of the form
// @Microsoft.KeyVault(SecretUri=...)) resolved with its user-assigned identity.

@description('Name of the Key Vault (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string = resourceGroup().location

@description('Tags for the vault.')
param tags object = {}

@description('Principal id of the app\'s managed identity; gets Key Vault Secrets User.')
param appPrincipalId string

@description('A value known when the deployment starts that identifies the app\'s identity (its resource id); it names the role assignment.')
param appAssignmentKey string

@description('Object id of the deploying user or service principal; gets Key Vault Secrets Officer so that azd can read the signing key back on the next provision, and people can set or rotate secrets. Empty: no assignment.')
param principalId string = ''

@secure()
@description('SendGrid API key. Empty: no secret is written (the app then has no SendGrid key).')
param sendGridApiKey string = ''

@secure()
@description('HMAC key for the signed links in e-mails.')
param linkSigningKey string

@description('Days a deleted vault or secret can be recovered (7-90). Purge protection keeps the name taken for this long after a delete.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 7

// azd's main.parameters.json reads link-signing-key back by this name.
var sendGridSecretName = 'sendgrid-api-key'
var linkSigningKeySecretName = 'link-signing-key'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: sendGridSecretName
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: linkSigningKeySecretName
  properties: {
    value: linkSigningKey
    contentType: 'text/plain'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appAssignmentKey, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
  }
}

resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
  name: guid(vault.id, principalId, keyVaultSecretsOfficerRoleId)
  scope: vault
  properties: {
    principalId: principalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
// Version-less secret URIs: the app follows a rotated secret without a redeploy. The SendGrid
// one is only meaningful when a key was given (the caller knows whether it did).
output sendGridApiKeySecretUri string = '${vault.properties.vaultUri}secrets/${sendGridSecretName}'
output linkSigningKeySecretUri string = linkSigningKeySecret.properties.secretUri
