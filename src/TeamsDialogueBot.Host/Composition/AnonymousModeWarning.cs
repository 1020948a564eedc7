namespace TeamsDialogueBot.Host.Composition;

/// <summary>Says loudly at start-up that nothing is authenticated, so no one ships it that way.</summary>
internal sealed partial class AnonymousModeWarning(ILogger<AnonymousModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogAnonymous(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Anonymous local mode: MicrosoftAppId is empty, so inbound requests are not authenticated and outbound calls carry no token. Use this only on your own machine (Development).")]
    private static partial void LogAnonymous(ILogger logger);
}
