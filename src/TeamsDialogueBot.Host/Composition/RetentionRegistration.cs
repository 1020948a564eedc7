using TeamsDialogueBot.Storage;
using TeamsDialogueBot.Storage.Retention;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires the background purge of participant data after Storage:RetentionDays (default 90).</summary>
public static class RetentionRegistration
{
    public static WebApplicationBuilder AddRetention(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(StorageOptions.SectionName);
        builder.Services.AddOptions<RetentionOptions>().Configure(o =>
        {
            if (int.TryParse(section["RetentionDays"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days > 0)
            {
                o.RetentionDays = days;
            }
        });
        if (builder.Configuration.UsesPostgres())
        {
            builder.Services.AddSingleton<IRetentionStore, PostgresRetentionStore>();
        }
        else
        {
            builder.Services.AddSingleton<IRetentionStore, SqliteRetentionStore>();
        }

        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }
}
