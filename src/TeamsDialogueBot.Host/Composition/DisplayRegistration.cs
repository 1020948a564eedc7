using System.Globalization;
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
        var section = builder.Configuration.GetSection(DisplayOptions.SectionName);
        services.AddOptions<DisplayOptions>().Configure(o =>
        {
            if (!string.IsNullOrWhiteSpace(section["PublicBaseUrl"]))
            {
                o.PublicBaseUrl = Uri.TryCreate(section["PublicBaseUrl"], UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                    ? url
                    : throw new InvalidOperationException($"Display:PublicBaseUrl '{section["PublicBaseUrl"]}' is not an absolute http(s) URL.");
            }

            if (TimeSpan.TryParse(section["Debounce"], CultureInfo.InvariantCulture, out var debounce) && debounce > TimeSpan.Zero)
            {
                o.Debounce = debounce;
            }
        });

        services.AddSingleton<DisplaySnapshots>();
        services.AddSingleton<DisplayLinks>();
        services.AddSingleton<DisplayAccess>();
        services.AddSingleton<DisplayPage>();
        services.AddSingleton<IDisplayPublisher, HubDisplayPublisher>();
        services.AddSingleton<DisplayWatcher>();
        services.AddSingleton<IConversationWatcher>(sp => sp.GetRequiredService<DisplayWatcher>());
        services.AddSingleton<IFeature, DisplayFeature>();

        var signalR = services.AddSignalR();
        var backplane = section["Backplane"] ?? "none";
        if (backplane.Equals("redis", StringComparison.OrdinalIgnoreCase))
        {
            var connection = section["RedisConnectionString"];
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Display:Backplane is redis but Display:RedisConnectionString is not set.");
            }

            // One prefix per app, so several apps can share a Redis without hearing each other's displays.
            signalR.AddStackExchangeRedis(connection, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("TeamsDialogueBot.Display"));
        }
        else if (!backplane.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Display:Backplane '{backplane}' is not known; use 'none' or 'redis'.");
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
