namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Runs <paramref name="release"/> once, when disposed.</summary>
internal sealed class Release(Func<Task> release) : IAsyncDisposable
{
    private Func<Task>? _release = release;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _release, null) is { } run)
        {
            await run();
        }
    }
}
