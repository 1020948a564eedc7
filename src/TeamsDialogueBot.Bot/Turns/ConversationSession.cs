using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.Reports;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// The unit of work of a batch of turns of one conversation: each aggregate is loaded once (from the batch's read,
/// or on first use), changed in memory by the turns in order, and saved at the end if its version moved, guarded by
/// the version it was read at. Reading never writes: an aggregate that was only looked at, or a default one that was
/// never changed, is not saved.
/// </summary>
public sealed class ConversationSession
{
    private readonly ConversationRead _read;
    private readonly SessionStores _stores;
    private readonly Programme _programme;
    private readonly Dictionary<AgendaPosition, Tracked<SpeakersList>> _lists = [];
    private readonly Dictionary<ParticipantId, Speaker?> _profiles = [];
    private readonly Dictionary<ParticipantId, StagedWrite.SaveProfile> _profileSaves = [];
    private readonly HashSet<string> _chairs = new(StringComparer.Ordinal);
    private readonly List<Poll> _addedPolls = [];
    private readonly List<StagedWrite> _staged = [];
    private readonly Dictionary<PollId, Tracked<Poll>> _polls = [];
    private readonly List<ReportLink> _addedReportLinks = [];
    private readonly Dictionary<AgendaPosition, Tracked<QuestionBoard>> _boards = [];
    private Tracked<Dialogue>? _dialogue;
    private Tracked<FloorLink>? _floorLink;
    private IReadOnlyList<Poll>? _allPolls;

    public ConversationSession(
        string conversationId, ConversationReference reference, ConversationRead read, SessionStores stores, Programme programme, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(read);
        ConversationId = conversationId;
        Reference = reference;
        Now = now;
        _read = read;
        _stores = stores;
        _programme = programme;
        Inputs = new SessionInputs(conversationId, stores.Inputs);
        foreach (var id in read.ProfilesAskedFor)
        {
            _profiles[id] = null;
        }

        foreach (var (id, profile) in read.Profiles)
        {
            _profiles[id] = profile;
        }
    }

    public string ConversationId { get; }

    /// <summary>How to reach the conversation, from the newest turn of the batch.</summary>
    public ConversationReference Reference { get; }

    public Programme Programme => _programme;

    /// <summary>The conversation's inputs and the items' windows for them.</summary>
    public SessionInputs Inputs { get; }

    /// <summary>The batch's clock reading: every turn of the batch decides at this instant.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Who joined or left the meeting in this batch; stored after the dialogue, so a join counts for the item it moved to.</summary>
    public RosterChanges Roster { get; } = new();

    public Dialogue Dialogue
    {
        get
        {
            if (_dialogue is null)
            {
                var dialogue = _read.Dialogue ?? Dialogue.Start(Reference);
                _dialogue = new Tracked<Dialogue>(dialogue, _read.Dialogue?.Version ?? 0, dialogue.Version, d => d.Version);
            }

            return _dialogue.Value;
        }
    }

    /// <summary>Where the agenda stands, as this programme knows it.</summary>
    public AgendaPosition CurrentPosition => Dialogue.PositionIn(_programme);

    /// <summary>The list of an agenda position as stored, or a fresh open one (saved only if a turn changes it).</summary>
    public async ValueTask<SpeakersList> ListAsync(AgendaPosition position, CancellationToken cancellationToken)
    {
        if (_lists.TryGetValue(position, out var tracked))
        {
            return tracked.Value;
        }

        var stored = _read.CurrentList is { } current && current.Position == position ? current
            : _read.CurrentList is null && _read.CurrentListLookedFor == position ? null
            : await _stores.Lists.FindAsync(ConversationId, position, cancellationToken);
        if (stored is not null)
        {
            _lists[position] = new Tracked<SpeakersList>(stored, stored.Version, stored.Version, l => l.Version);
            return stored;
        }

        var fresh = SpeakersList.Create(ConversationId, position, SpeakingTimeOf(position.ItemIndex));
        fresh.Open(Actor.System, Now);
        _lists[position] = new Tracked<SpeakersList>(fresh, 0, fresh.Version, l => l.Version);
        return fresh;
    }

    /// <summary>The positions that have a stored list in this conversation (those never used have none).</summary>
    public async Task<IReadOnlyList<AgendaPosition>> StoredListPositionsAsync(CancellationToken cancellationToken) =>
        [.. (await _stores.Lists.ListAsync(ConversationId, cancellationToken)).Select(l => l.Position)];

    /// <summary>
    /// Every list of the conversation as this batch sees it, by position: the stored ones, with what earlier turns of
    /// the batch changed or started. Read in one query; nothing is tracked that was not already.
    /// </summary>
    public async Task<IReadOnlyList<SpeakersList>> ListsAsync(CancellationToken cancellationToken)
    {
        var byPosition = (await _stores.Lists.ListAsync(ConversationId, cancellationToken)).ToDictionary(l => l.Position);
        foreach (var (position, tracked) in _lists.Where(t => t.Value.LoadedVersion > 0 || t.Value.Changed))
        {
            byPosition[position] = tracked.Value;
        }

        return [.. byPosition.Values.OrderBy(l => l.ItemIndex).ThenBy(l => l.Panel)];
    }

    public async ValueTask<Speaker?> ProfileAsync(ParticipantId participant, CancellationToken cancellationToken)
    {
        if (!_profiles.TryGetValue(participant, out var profile))
        {
            profile = await _stores.Profiles.FindAsync(ConversationId, participant, cancellationToken);
            _profiles[participant] = profile;
        }

        return profile;
    }

    public void SaveProfile(Speaker profile, string? mri)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profiles[profile.Id] = profile;
        _profileSaves[profile.Id] = new StagedWrite.SaveProfile(profile, mri);
    }

    public Task<string?> MriOfAsync(ParticipantId participant, CancellationToken cancellationToken) =>
        participant.IsTypedName ? Task.FromResult<string?>(null)
        : _profileSaves.TryGetValue(participant, out var pending) && pending.Mri is not null ? Task.FromResult<string?>(pending.Mri)
        : _stores.Profiles.FindMriAsync(ConversationId, participant, cancellationToken);

    /// <summary>The co-chairs' MRIs as confirmed so far (for private notices), with those confirmed in this batch.</summary>
    public async Task<IReadOnlyList<string>> ChairMrisAsync(CancellationToken cancellationToken) =>
        [.. (await _stores.Profiles.FindChairsAsync(ConversationId, cancellationToken)).Union(_chairs, StringComparer.Ordinal)];

    /// <summary>A write of its own that no aggregate of this session tracks (e.g. a display token); stored with the batch.</summary>
    public void Stage(StagedWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _staged.Add(write);
    }

    /// <summary>Records a confirmed co-chair's MRI, so the speakers' list card refreshes to the chair view for them.</summary>
    public void RememberChair(string mri) => _chairs.Add(mri);

    public async ValueTask<Poll?> PollAsync(PollId id, CancellationToken cancellationToken) =>
        (await PollsAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);

    /// <summary>Every poll of the conversation, oldest first, with those launched in this batch.</summary>
    public async ValueTask<IReadOnlyList<Poll>> PollsAsync(CancellationToken cancellationToken)
    {
        _allPolls ??= await _stores.Polls.ListAsync(ConversationId, cancellationToken);
        return [.. _allPolls.Select(p => _polls.TryGetValue(p.Id, out var t) ? t.Value : Track(p)), .. _addedPolls];
    }

    public void AddPoll(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        _addedPolls.Add(poll);
    }

    /// <summary>The report links this batch added and has not revoked since (not stored yet).</summary>
    public IReadOnlyList<ReportLink> AddedReportLinks => _addedReportLinks;

    /// <summary>Whether a turn of this batch revoked the conversation's report links: the stored ones count as revoked.</summary>
    public bool ReportLinksRevoked { get; private set; }

    /// <summary>A new report link with its report (report.json), stored with the turn.</summary>
    public void AddReportLink(ReportLink link, string report)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(report);
        _addedReportLinks.Add(link);
        Stage(new StagedWrite.AddReportLink(link, report));
    }

    /// <summary>Revokes every report link of the conversation, those added earlier in this batch included (writes keep turn order).</summary>
    public void RevokeReportLinks()
    {
        _addedReportLinks.Clear();
        ReportLinksRevoked = true;
        Stage(new StagedWrite.RevokeReportLinks(Now));
    }

    /// <summary>The Q&amp;A board of an agenda position as stored, or a fresh one (saved only if a turn changes it).</summary>
    public async ValueTask<QuestionBoard> QuestionsAsync(AgendaPosition position, CancellationToken cancellationToken)
    {
        if (_boards.TryGetValue(position, out var tracked))
        {
            return tracked.Value;
        }

        var stored = await _stores.Questions.FindAsync(ConversationId, position, cancellationToken);
        var board = stored ?? QuestionBoard.Create(ConversationId, position);
        _boards[position] = new Tracked<QuestionBoard>(board, stored?.Version ?? 0, board.Version, b => b.Version);
        return board;
    }

    /// <summary>The positions that have a stored Q&amp;A board in this conversation.</summary>
    public async Task<IReadOnlyList<AgendaPosition>> StoredQuestionPositionsAsync(CancellationToken cancellationToken) =>
        [.. (await _stores.Questions.ListAsync(ConversationId, cancellationToken)).Select(b => b.Position)];

    /// <summary>The dialogue's floor link for phones in the room (`floor qr`), as stored, or none yet (saved only if a turn changes it).</summary>
    public async ValueTask<FloorLink> FloorLinkAsync(CancellationToken cancellationToken)
    {
        if (_floorLink is null)
        {
            var stored = _stores.FloorLinks is { } links ? await links.FindAsync(ConversationId, cancellationToken) : null;
            var link = stored ?? FloorLink.None(ConversationId);
            _floorLink = new Tracked<FloorLink>(link, stored?.Version ?? 0, link.Version, l => l.Version);
        }

        return _floorLink.Value;
    }

    /// <summary>The writes that store what the turns changed, in a stable order.</summary>
    public IReadOnlyList<StagedWrite> Collect()
    {
        var writes = new List<StagedWrite>();
        if (_dialogue is { Changed: true } dialogue)
        {
            dialogue.Value.Refresh(Reference);
            writes.Add(new StagedWrite.SaveDialogue(dialogue.Value, dialogue.LoadedVersion));
        }

        writes.AddRange(Roster.Writes);
        writes.AddRange(_lists.Values.Where(l => l.Changed).OrderBy(l => l.Value.ItemIndex).ThenBy(l => l.Value.Panel).Select(l => new StagedWrite.SaveSpeakersList(l.Value, l.LoadedVersion)));
        writes.AddRange(_profileSaves.Values);
        writes.AddRange(_chairs.Order(StringComparer.Ordinal).Select(mri => new StagedWrite.RememberChair(mri)));
        writes.AddRange(_addedPolls.Select(p => new StagedWrite.AddPoll(p)));
        writes.AddRange(_polls.Values.Where(p => p.Changed).Select(p => new StagedWrite.SavePoll(p.Value, (int)p.LoadedVersion)));
        writes.AddRange(_boards.Values.Where(b => b.Changed).OrderBy(b => b.Value.ItemIndex).ThenBy(b => b.Value.Panel).Select(b => new StagedWrite.SaveQuestionBoard(b.Value, b.LoadedVersion)));
        writes.AddRange(Inputs.Collect());
        writes.AddRange(_staged);
        if (_floorLink is { Changed: true } floorLink)
        {
            writes.Add(new StagedWrite.SaveFloorLink(floorLink.Value, floorLink.LoadedVersion));
        }
        return writes;
    }

    private Poll Track(Poll poll)
    {
        _polls[poll.Id] = new Tracked<Poll>(poll, poll.Version, poll.Version, p => p.Version);
        return poll;
    }

    private TimeSpan SpeakingTimeOf(int itemIndex) =>
        (itemIndex >= 0 && itemIndex < _programme.Items.Count ? _programme.Items[itemIndex].SpeakingTime : null) ?? _programme.DefaultSpeakingTime;

    /// <summary>An aggregate as loaded: the version it was read at (0 = not stored) and the version it started from here.</summary>
    private sealed class Tracked<T>(T value, long loadedVersion, long baseline, Func<T, long> version)
    {
        public T Value { get; } = value;
        public long LoadedVersion { get; } = loadedVersion;
        public bool Changed => version(Value) != baseline;
    }
}
