using StackExchange.Redis;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Host.Display;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Wires the room display: the `display` command, the debounced watcher that pushes snapshots, SignalR and
/// its backplane (Display:Backplane = none | redis). The single-instance default needs nothing outside the process.
/// </summary>
public static class DisplayRegistration
{
    public static WebApplicationBuilder AddRoomDisplay(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DisplayOptions>().BindConfiguration(DisplayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var display = builder.Configuration.GetSection(DisplayOptions.SectionName).Get<DisplayOptions>() ?? new DisplayOptions();

        services.AddSingleton<DisplaySnapshots>();
        services.AddSingleton<DisplayLinks>();
        services.AddSingleton<DisplayAccess>();
        services.AddSingleton<DisplayPage>();
        services.AddSingleton<IDisplayPublisher, HubDisplayPublisher>();
        services.AddSingleton<DisplayWatcher>();
        services.AddSingleton<IConversationWatcher>(sp => sp.GetRequiredService<DisplayWatcher>());
        services.AddSingleton<IFeature, DisplayFeature>();

        var signalR = services.AddSignalR();
        // A bad backplane setting is reported by the options validation at start-up, naming the setting.
        if (display.Backplane.Equals("redis", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(display.RedisConnectionString))
        {
            // One prefix per app, so several apps can share a Redis without hearing each other's displays.
            signalR.AddStackExchangeRedis(display.RedisConnectionString, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("TeamsDialogueBot.Display"));
        }

        return builder;
    }

    public static WebApplication MapRoomDisplay(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        DisplayEndpoints.Map(app);
        return app;
    }
}
