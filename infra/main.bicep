// TeamsDialogueBot on Azure: an Azure Bot (Teams channel, single tenant) whose messaging endpoint is a
// Linux web app running .NET 10, state in PostgreSQL flexible server, secrets in Key Vault (read by the
// web app's managed identity through Key Vault references), telemetry in Application Insights.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json -p ...
// (see docs/deployment.md).
targetScope = 'resourceGroup'

@description('Short name used to derive resource names; the web app becomes https://<appName>.azurewebsites.net.')
@minLength(3)
@maxLength(24)
param appName string

@description('Azure region for everything but the bot registration (which is global).')
param location string = resourceGroup().location

@description('The bot\'s Entra app registration: application (client) id.')
param botAppId string

@description('The Entra tenant of the single-tenant app registration.')
param botTenantId string = tenant().tenantId

@description('A client secret of the app registration; stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'dialogueadmin'

@description('PostgreSQL administrator password.')
@secure()
param postgresAdminPassword string

@description('App Service plan SKU: B1 for a pilot, P0v3 and up for a large meeting.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var suffix = uniqueString(resourceGroup().id, appName)
var keyVaultName = take('kv-${appName}-${suffix}', 24)
var databaseName = 'dialogue'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${appName}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${appName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${appName}-${suffix}'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0–0.0.0.0 is Azure's convention for "services inside Azure", which is where the web app is.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'DialogueConnectionString'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${appName}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // infra/publish.sh deploys a self-contained composite ReadyToRun build; `dotnet <app>.dll` starts it on its own
      // bundled runtime (and a framework-dependent build on the stack's), and needs no executable bit in the zip.
      appCommandLine: 'dotnet TeamsDialogueBot.Host.dll'
      healthCheckPath: '/healthz'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// App settings as the site's config rather than inline: Display__PublicBaseUrl is the web app's own https address,
// which exists only once the site does (a site cannot refer to its own properties). Without it a deployed bot
// handed out http://localhost:3978/display/… links (issue 15).
resource webSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: web
  name: 'appsettings'
  // After the site may read the vault, so the Key Vault references resolve on its first start.
  dependsOn: [
    webReadsSecrets
  ]
  properties: {
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppId: botAppId
    MicrosoftAppTenantId: botTenantId
    MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
    Storage__Provider: 'Postgres'
    ConnectionStrings__Dialogue: '@Microsoft.KeyVault(SecretUri=${connectionStringSecret.properties.secretUri})'
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    Display__PublicBaseUrl: 'https://${web.properties.defaultHostName}/'
  }
}

resource webReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, web.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${appName}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Dialogue Bot'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Host name for manifest/package.sh (the BOT_HOST of the Teams app package).')
output botHost string = web.properties.defaultHostName

@description('The Azure Bot\'s messaging endpoint.')
output messagingEndpoint string = bot.properties.endpoint

@description('Key Vault holding the bot password and the connection string.')
output keyVaultName string = vault.name
