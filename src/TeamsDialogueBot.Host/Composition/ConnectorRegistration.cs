using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// The Bot Connector client: one named HttpClient whose pipeline attaches the bot's token
/// (<see cref="BotTokenHandler"/>) in front of a pooled SocketsHttpHandler, and a singleton
/// <see cref="IConnectorClient"/> that takes a client from the factory per call. Singletons may hold the
/// IConnectorClient (or IHttpClientFactory) for the life of the process without pinning a connection pool.
/// </summary>
public static class ConnectorRegistration
{
    /// <summary>
    /// Connections are recycled this often so a change of the Connector's DNS (regional failover behind
    /// smba.trafficmanager.net) is followed; https://learn.microsoft.com/dotnet/fundamentals/networking/http/httpclient-guidelines
    /// </summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(2);

    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTransient<BotTokenHandler>();
        services.AddHttpClient(ConnectorClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime })
            // The pooled handler renews its own connections; rotating whole handlers as well would only churn them.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<BotTokenHandler>();
        services.AddSingleton<IConnectorClient>(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
