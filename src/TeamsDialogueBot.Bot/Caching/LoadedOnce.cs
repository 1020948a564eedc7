namespace TeamsDialogueBot.Bot.Caching;

/// <summary>
/// A value loaded at first use and then kept for the life of the process, such as a signing key read from the store.
/// Unlike a <see cref="Lazy{T}"/> of a task, a load that failed is not kept: with PostgreSQL briefly unreachable at
/// the first vote, a Lazy would have answered every later caller with that same failure until a restart. The next
/// caller after a failure loads again; callers that arrive while a load is under way share it.
/// </summary>
public sealed class LoadedOnce<T>(Func<Task<T>> load)
{
    private readonly Lock _gate = new();
    private Task<T>? _loading;

    public Task<T> GetAsync()
    {
        var current = Volatile.Read(ref _loading);
        if (current is { IsFaulted: false, IsCanceled: false })
        {
            return current;
        }

        lock (_gate)
        {
            if (_loading is not { IsFaulted: false, IsCanceled: false })
            {
                _loading = load();
            }

            return _loading;
        }
    }
}
