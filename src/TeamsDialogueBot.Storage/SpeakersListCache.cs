using System.Collections.Concurrent;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Retention;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// The last speakers' list this instance saved or read, per conversation, as the snapshot stored with its version.
/// Reads ask the database for the list's version and take its data only when the version differs from the one
/// remembered here, so a rush of `q+` no longer reads back and parses the whole list it has just saved (issue 17).
/// </summary>
/// <remarks>
/// Sound because a list's version identifies its content: every save bumps it under a version guard, retention's
/// redaction bumps it too, and list rows are never deleted. Another instance's save moves the version, so its list
/// is read in full. One list per conversation (the one its turns are busy with), for a bounded number of them.
/// </remarks>
public sealed class SpeakersListCache(int capacity = 1024) : IRetentionListener
{
    private readonly ConcurrentDictionary<string, Remembered> _lists = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The snapshot remembered for the conversation's list at <paramref name="position"/>, if any (its version is what to ask the database about).</summary>
    public SpeakersListSnapshot? Find(string conversationId, AgendaPosition position)
    {
        if (!_lists.TryGetValue(conversationId, out var remembered)
            || remembered.Snapshot.ItemIndex != position.ItemIndex || remembered.Snapshot.Panel != position.Panel)
        {
            return null;
        }

        remembered.LastUsed = Interlocked.Increment(ref _clock);
        return remembered.Snapshot;
    }

    /// <summary>The list last remembered for the conversation, whatever its position (the batch read learns the position from the row).</summary>
    public SpeakersListSnapshot? Latest(string conversationId) =>
        _lists.TryGetValue(conversationId, out var remembered) ? remembered.Snapshot : null;

    /// <summary>Remembers a snapshot as stored (committed, or read): a newer version of the same list replaces an older one, never the reverse.</summary>
    public void Remember(SpeakersListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entry = new Remembered(snapshot) { LastUsed = Interlocked.Increment(ref _clock) };
        _lists.AddOrUpdate(snapshot.ConversationId, entry, (_, old) => SameList(old.Snapshot, snapshot) && old.Snapshot.Version > snapshot.Version ? old : entry);
        if (_lists.Count > capacity)
        {
            ForgetLeastRecentlyUsed();
        }
    }

    /// <summary>
    /// The snapshot a conditional read stands for: <paramref name="known"/> when the database sent no data (the version
    /// matched), else the data sent, parsed and remembered.
    /// </summary>
    public SpeakersListSnapshot Resolve(SpeakersListSnapshot? known, string? data)
    {
        if (data is null)
        {
            return known ?? throw new InvalidDataException("The database sent no list data for a version this instance does not know.");
        }

        var snapshot = SpeakersListJson.Read(data);
        Remember(snapshot);
        return snapshot;
    }

    /// <summary>Retention redacted the conversation: the names it held must not stay in memory either (the version moved too).</summary>
    public void Purged(string conversationId) => _lists.TryRemove(conversationId, out _);

    private static bool SameList(SpeakersListSnapshot a, SpeakersListSnapshot b) => a.ItemIndex == b.ItemIndex && a.Panel == b.Panel;

    // Rare (more conversations than the capacity at once): a scan is cheaper than keeping an order on every use.
    private void ForgetLeastRecentlyUsed()
    {
        foreach (var stale in _lists.OrderBy(p => p.Value.LastUsed).Take(_lists.Count - (capacity * 3 / 4)).Select(p => p.Key).ToList())
        {
            _lists.TryRemove(stale, out _);
        }
    }

    private sealed class Remembered(SpeakersListSnapshot snapshot)
    {
        public SpeakersListSnapshot Snapshot { get; } = snapshot;

        public long LastUsed { get; set; }
    }
}
