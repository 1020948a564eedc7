using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Storage;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Chooses the store by Storage:Provider and brings the schema up to date before the first request.</summary>
public static class StorageRegistration
{
    public static WebApplicationBuilder AddDialogueStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var provider = builder.Configuration[$"{StorageOptions.SectionName}:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString("Dialogue");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = "Data Source=data/dialogue.db";
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported by this build; use 'Sqlite'.");
        }

        builder.Services.AddSingleton(new SqliteDatabase(connectionString));
        builder.Services.AddSingleton<IDialogueStore, SqliteDialogueStore>();
        return builder;
    }

    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<SqliteDatabase>().MigrateAsync(SqliteMigrations.All, app.Lifetime.ApplicationStopping);
    }
}
