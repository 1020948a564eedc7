using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Inputs;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// The inputs part of a <see cref="ConversationSession"/>: each input and each item's window for inputs loaded once,
/// changed in memory, saved at the end when its version moved (guarded by the version it was read at). Inputs added
/// by earlier turns of the batch are seen by the later ones.
/// </summary>
public sealed class SessionInputs(string conversationId, IInputStore store)
{
    private readonly Dictionary<InputId, Tracked<Input>> _stored = [];
    private readonly List<Input> _added = [];
    private Dictionary<int, Tracked<InputWindow>>? _windows;
    private IReadOnlyList<Input>? _all;
    private int? _lastSequence;

    public async ValueTask<Input?> FindAsync(InputId id, CancellationToken cancellationToken)
    {
        if (_added.Find(i => i.Id == id) is { } added)
        {
            return added;
        }

        if (!_stored.TryGetValue(id, out var tracked))
        {
            var found = _all is null ? await store.FindAsync(conversationId, id, cancellationToken) : _all.FirstOrDefault(i => i.Id == id);
            if (found is null)
            {
                return null;
            }

            tracked = Track(found);
        }

        return tracked.Value;
    }

    /// <summary>Every input of the conversation, in every state, oldest first, with those added in this batch.</summary>
    public async ValueTask<IReadOnlyList<Input>> AllAsync(CancellationToken cancellationToken)
    {
        _all ??= await store.ListAsync(conversationId, null, cancellationToken);
        return [.. _all.Select(i => _stored.TryGetValue(i.Id, out var t) ? t.Value : Track(i).Value), .. _added];
    }

    /// <summary>The id the next input gets (i1, i2…). Another instance may give it at the same time: the commit then conflicts and the turn is decided again.</summary>
    public async ValueTask<InputId> NextIdAsync(CancellationToken cancellationToken)
    {
        _lastSequence ??= await store.LastSequenceAsync(conversationId, cancellationToken);
        return InputId.Next(Math.Max(_lastSequence.Value, _added.Count == 0 ? 0 : _added.Max(i => i.Id.Sequence)) + 1);
    }

    public void Add(Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _added.Add(input);
    }

    /// <summary>An item's window for inputs: as stored, or an open one (saved only if a turn changes it).</summary>
    public async ValueTask<InputWindow> WindowAsync(int itemIndex, CancellationToken cancellationToken)
    {
        var windows = await WindowsAsync(cancellationToken);
        if (!windows.TryGetValue(itemIndex, out var tracked))
        {
            var fresh = InputWindow.Opened(itemIndex);
            tracked = windows[itemIndex] = new Tracked<InputWindow>(fresh, 0, fresh.Version, w => w.Version);
        }

        return tracked.Value;
    }

    /// <summary>Whether an item takes inputs, as this batch has it now.</summary>
    public async ValueTask<Func<int, bool>> OpennessAsync(CancellationToken cancellationToken)
    {
        var windows = await WindowsAsync(cancellationToken);
        return item => !windows.TryGetValue(item, out var window) || window.Value.IsOpen;
    }

    public IEnumerable<StagedWrite> Collect()
    {
        foreach (var input in _added)
        {
            yield return new StagedWrite.AddInput(input);
        }

        foreach (var tracked in _stored.Values.Where(t => t.Changed).OrderBy(t => t.Value.Id.Sequence))
        {
            yield return new StagedWrite.SaveInput(tracked.Value, tracked.LoadedVersion);
        }

        foreach (var tracked in (_windows?.Values ?? Enumerable.Empty<Tracked<InputWindow>>()).Where(t => t.Changed).OrderBy(t => t.Value.ItemIndex))
        {
            yield return new StagedWrite.SaveInputWindow(tracked.Value, tracked.LoadedVersion);
        }
    }

    private async ValueTask<Dictionary<int, Tracked<InputWindow>>> WindowsAsync(CancellationToken cancellationToken) =>
        _windows ??= (await store.WindowsAsync(conversationId, cancellationToken))
            .ToDictionary(w => w.ItemIndex, w => new Tracked<InputWindow>(w, w.Version, w.Version, x => x.Version));

    private Tracked<Input> Track(Input input) =>
        _stored[input.Id] = new Tracked<Input>(input, input.Version, input.Version, i => i.Version);

    private sealed class Tracked<T>(T value, long loadedVersion, long baseline, Func<T, long> version)
    {
        public T Value { get; } = value;
        public long LoadedVersion { get; } = loadedVersion;
        public bool Changed => version(Value) != baseline;
    }
}
