using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// One write of the group-committing writer (<see cref="SqliteWriteBatcher"/>): runs its statements inside the batch's
/// transaction and returns its result. Must be safe to run again (the batch re-runs its writes one by one when one fails).
/// </summary>
public abstract class SqliteWrite
{
    /// <summary>Runs the write's statements through <paramref name="session"/>.</summary>
    public abstract Task<int> RunAsync(SqliteWriteSession session);

    /// <summary>A write given as a callback on a fresh command of the batch's transaction.</summary>
    internal sealed class Callback(Func<SqliteCommand, CancellationToken, Task<int>> run) : SqliteWrite
    {
        public override async Task<int> RunAsync(SqliteWriteSession session)
        {
            ArgumentNullException.ThrowIfNull(session);
            await using var command = session.NewCommand();
            return await run(command, CancellationToken.None);
        }
    }
}
