using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsDialogueBot.Bot.Diagnostics;

/// <summary>
/// The bot's own traces and metrics (OpenTelemetry reads them through System.Diagnostics; the host decides where they
/// go): turns by kind and outcome and their duration, the outbox's depth and age, sends and their outcome, votes.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "TeamsDialogueBot";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _votes;
    private long _outboxDepth;
    private double _outboxAgeSeconds;

    public BotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        _turns = _meter.CreateCounter<long>("tdb.turns", "{turn}", "Turns handled, by kind (command, card, event, vote, query) and outcome.");
        _turnDuration = _meter.CreateHistogram<double>("tdb.turn.duration", "ms", "From the activity's arrival to its answer.");
        _sends = _meter.CreateCounter<long>("tdb.outbox.sends", "{message}", "Outbox entries by kind and outcome (sent, postponed, dropped).");
        _votes = _meter.CreateCounter<long>("tdb.votes", "{vote}", "Votes by outcome (recorded, closed, duplicate, refused).");
        _meter.CreateObservableGauge("tdb.outbox.depth", () => Volatile.Read(ref _outboxDepth), "{message}", "Messages decided and not yet sent.");
        _meter.CreateObservableGauge("tdb.outbox.oldest_age", () => Volatile.Read(ref _outboxAgeSeconds), "s", "Age of the oldest message not yet sent.");
    }

    /// <summary>Spans of turns and sends.</summary>
    public static ActivitySource Traces { get; } = new(Name);

    public void Turn(string kind, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void Sent(string kind, string outcome) => _sends.Add(1, new TagList { { "kind", kind }, { "outcome", outcome } });

    public void Vote(string outcome) => _votes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>The outbox as the dispatcher last measured it (read by the gauges).</summary>
    public void Outbox(int depth, TimeSpan oldest)
    {
        Volatile.Write(ref _outboxDepth, depth);
        Volatile.Write(ref _outboxAgeSeconds, oldest.TotalSeconds);
    }

    public void Dispose() => _meter.Dispose();
}
