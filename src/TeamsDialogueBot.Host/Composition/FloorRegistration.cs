using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Host.Floor;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Wires requests for the floor from phones in the room (issue 18): `floor qr`, the floor links' store, phone turns,
/// the floor page, its live channel and its limits (section "Floor").
/// </summary>
public static class FloorRegistration
{
    public static WebApplicationBuilder AddFloorPhones(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (builder.Configuration.UsesPostgres())
        {
            services.AddSingleton<IFloorLinks, PostgresFloorLinks>();
        }
        else
        {
            services.AddSingleton<IFloorLinks, SqliteFloorLinks>();
        }

        services.AddOptions<FloorOptions>().BindConfiguration(FloorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FloorRateLimits>();
        services.AddSingleton<FloorCookieKey>();
        services.AddSingleton<PhoneRequests>();
        services.AddSingleton<PhoneSnapshots>();
        services.AddSingleton<IFloorPublisher, HubFloorPublisher>();
        services.AddSingleton<FloorWatcher>();
        services.AddSingleton<IConversationWatcher>(sp => sp.GetRequiredService<FloorWatcher>());
        services.AddSingleton<IFeature, FloorFeature>();
        return builder;
    }

    public static WebApplication MapFloorPhones(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        FloorEndpoints.Map(app);
        return app;
    }
}
