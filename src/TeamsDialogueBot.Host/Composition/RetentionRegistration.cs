using TeamsDialogueBot.Storage;
using TeamsDialogueBot.Storage.Retention;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires the background purge of participant data after Storage:RetentionDays (default 90).</summary>
public static class RetentionRegistration
{
    public static WebApplicationBuilder AddRetention(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Storage:RetentionDays and Storage:RetentionInterval live with the other storage settings.
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (builder.Configuration.UsesPostgres())
        {
            builder.Services.AddSingleton<IRetentionStore, PostgresRetentionStore>();
        }
        else
        {
            builder.Services.AddSingleton<IRetentionStore, SqliteRetentionStore>();
        }

        builder.Services.AddSingleton<IRetentionListener, CachePurge>();
        builder.Services.AddSingleton<IRetentionListener>(sp => sp.GetRequiredService<SpeakersListCache>());
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }
}
