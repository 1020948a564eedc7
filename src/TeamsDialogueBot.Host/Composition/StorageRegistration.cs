using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Storage;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Chooses the stores by Storage:Provider and brings the schema up to date before the first request.</summary>
public static class StorageRegistration
{
    public static WebApplicationBuilder AddDialogueStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var provider = storage.Provider;
        var connectionString = builder.Configuration.GetConnectionString("Dialogue");
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // One per instance, shared by the reader, the list store and the committer: what one saved, the others need not read.
        services.AddSingleton(new SpeakersListCache());
        if (storage.UsesPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Dialogue is not set.");
            }

            services.AddSingleton(new PostgresDatabase(connectionString));
            services.AddSingleton<IDatabaseMigrator, PostgresMigrator>();
            services.AddSingleton<PostgresWriteBatcher>();
            services.AddSingleton<IDialogueStore, PostgresDialogueStore>();
            services.AddSingleton<IDisplayTokens, PostgresDisplayTokens>();
            services.AddSingleton<IChangeCommitter, PostgresChangeCommitter>();
            services.AddSingleton<IConversationReader, PostgresConversationReader>();
            services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
            services.AddSingleton<PostgresOutboxLeases>();
            services.AddSingleton<IOutboxLeases>(sp => sp.GetRequiredService<PostgresOutboxLeases>());
            services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<PostgresOutboxLeases>());
            return builder;
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use 'Sqlite' or 'Postgres'.");
        }

        services.AddSingleton(new SqliteDatabase(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=data/dialogue.db" : connectionString));
        services.AddSingleton<IDatabaseMigrator, SqliteMigrator>();
        services.AddSingleton<SqliteWriteBatcher>();
        services.AddSingleton<IDialogueStore, SqliteDialogueStore>();
        services.AddSingleton<IDisplayTokens, SqliteDisplayTokens>();
        services.AddSingleton<IChangeCommitter, SqliteChangeCommitter>();
        services.AddSingleton<IConversationReader, SqliteConversationReader>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<SqliteOutboxLeases>();
        services.AddSingleton<IOutboxLeases>(sp => sp.GetRequiredService<SqliteOutboxLeases>());
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<SqliteOutboxLeases>());
        return builder;
    }

    /// <summary>True when the configured provider is PostgreSQL; features pick their store implementations with it.</summary>
    public static bool UsesPostgres(this IConfiguration configuration) =>
        (configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions()).UsesPostgres;

    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}
