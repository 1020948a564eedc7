using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using TeamsDialogueBot.Bot.Diagnostics;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// Sends one outbox entry through its conversation's pacer and records the outcome: sent (with the card a post
/// created), postponed after a failure that may pass (the Connector down, throttling beyond the retry budget), or
/// dropped when it can never succeed or has grown too old to mean anything — then the chair who caused it is told.
/// </summary>
public sealed partial class OutboxSending(
    IOutboxStore store,
    IConnectorClient connector,
    IEnumerable<ICardSlot> slots,
    PersonalConversations personal,
    TrustedServiceUrls trustedUrls,
    OutboundLaneOptions laneOptions,
    IOptions<OutboxOptions> options,
    BotTelemetry telemetry,
    TimeProvider time,
    ILogger<OutboxSending> logger,
    IDialogueStore? dialogues = null,
    DialogueLanguage? languages = null)
{
    private readonly Dictionary<string, ICardSlot> _slots = slots.ToDictionary(s => s.Kind, StringComparer.Ordinal);
    private readonly ResiliencePipeline _pipeline = ConversationPacer.BuildPipeline(laneOptions, time, logger);

    /// <summary>A pacer for a conversation this instance starts sending for, aware of the sends of the last hour.</summary>
    public async Task<ConversationPacer> NewPacerAsync(string conversationId, CancellationToken cancellationToken)
    {
        var pacer = new ConversationPacer(conversationId, laneOptions, _pipeline, time);
        pacer.Seed(await store.SentSinceAsync(conversationId, time.GetUtcNow() - TimeSpan.FromHours(1), cancellationToken));
        return pacer;
    }

    /// <summary>
    /// Runs the send pipeline before the host listens, over made-up calls that send nothing: a pacer of its own for no
    /// conversation, thrown away after; once over a card update's <c>bool</c> result and once over a reference-type
    /// result (a posted card's). The pipeline's generic async code over these is not in the ReadyToRun image, so
    /// without this the first card sends after a start compiled ~150 methods while the first wave of `q+` or votes
    /// waited for the CPU (issue 17; bench/README, "Fifth pass" and "Seventh pass").
    /// </summary>
    /// <remarks>
    /// Each call waits on a gate that opens only once <see cref="ConversationPacer.CallAsync"/> has returned: every
    /// async step of the pipeline has then really suspended, and it resumes as after a network answer. (A call that
    /// merely yielded usually finished on another thread while the first-call compiles of the steps above it were
    /// still running, so the steps found it complete and never suspended: their resuming code stayed uncompiled.)
    /// </remarks>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var pacer = new ConversationPacer("warm-up", laneOptions, _pipeline, time);
        _ = await GatedCallAsync(pacer, true, cancellationToken);
        _ = await GatedCallAsync(pacer, "warm-up", cancellationToken);
    }

    private static async Task<T> GatedCallAsync<T>(ConversationPacer pacer, T result, CancellationToken cancellationToken)
    {
        var gate = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var call = pacer.CallAsync(_ => gate.Task, cancellationToken);
        gate.SetResult(result);
        return await call;
    }

    public async Task SendAsync(ConversationPacer pacer, OutboxEntry entry, IReadOnlyList<long> covered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pacer);
        ArgumentNullException.ThrowIfNull(entry);
        var payload = OutboxPayload.FromJson(entry.Payload);

        // Outbox entries are only ever written by turns of authenticated activities, with their serviceUrl: after a
        // restart that is what vouches for it (the policy still has the last word).
        trustedUrls.Trust(payload.To.ServiceUrl);
        if (time.GetUtcNow() - entry.CreatedAt > options.Value.MaxAge)
        {
            await DropAsync(entry, payload, "too old to send", cancellationToken);
            return;
        }

        try
        {
            using (var span = BotTelemetry.Traces.StartActivity("send " + entry.Kind))
            {
                span?.SetTag("tdb.outbox.kind", entry.Kind.ToString());
                var posted = await CallAsync(pacer, entry, payload, cancellationToken);
                await store.MarkSentAsync(covered, time.GetUtcNow(), posted, cancellationToken);
            }

            telemetry.Sent(entry.Kind.ToString(), "sent");
        }
        catch (SendAbandonedException e) when (e.Reason == SendAbandonReason.NotRetryable
            && e.StatusCode is not (null or System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden))
        {
            // Teams refused the message itself (bad request, gone conversation): sending it again can't help. (401/403
            // are more likely our credentials, which an operator can fix: those are tried again later.)
            await DropAsync(entry, payload, $"refused with HTTP {(int)e.StatusCode!}", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryAt = time.GetUtcNow() + Backoff(entry.Attempts);
            LogPostponed(logger, entry.Id, LogText.Safe(entry.ConversationId), retryAt, LogText.Safe(e.Message, 300));
            await store.PostponeAsync(entry.Id, retryAt, cancellationToken);
            telemetry.Sent(entry.Kind.ToString(), "postponed");
        }
    }

    private async Task<CardPosted?> CallAsync(ConversationPacer pacer, OutboxEntry entry, OutboxPayload payload, CancellationToken cancellationToken)
    {
        var to = payload.To;
        switch (entry.Kind)
        {
            case OutboxKind.Message:
                await pacer.CallAsync(ct => connector.SendAsync(to.ServiceUrl, to.ConversationId, ActivityOf(payload), ct), cancellationToken);
                return null;
            case OutboxKind.Personal:
                var activity = ActivityOf(payload);
                await pacer.CallAsync(
                    async ct =>
                    {
                        var chat = await personal.IdOfAsync(to, payload.UserId!, payload.UserName, ct);
                        activity.Conversation!.Id = chat;
                        return await connector.SendAsync(to.ServiceUrl, chat, activity, ct);
                    },
                    cancellationToken);
                return null;
            case OutboxKind.PostCard:
                return await PostAsync(pacer, entry, to, cancellationToken);
            case OutboxKind.RefreshCard or OutboxKind.ShowCard:
                if (await store.FindCardAsync(entry.ConversationId, entry.Slot!, cancellationToken) is not { } cardId)
                {
                    return entry.Kind == OutboxKind.ShowCard ? await PostAsync(pacer, entry, to, cancellationToken) : null;
                }

                await pacer.CallAsync(
                    async ct =>
                    {
                        if (await RenderAsync(entry, ct) is { } card)
                        {
                            var update = OutboundActivities.Card(to, card);
                            update.Id = cardId;
                            await connector.UpdateAsync(to.ServiceUrl, to.ConversationId, cardId, update, ct);
                        }

                        return true;
                    },
                    cancellationToken);
                return null;
            default:
                throw new InvalidOperationException($"Outbox entry {entry.Id} has an unknown kind {entry.Kind}.");
        }
    }

    private async Task<CardPosted?> PostAsync(ConversationPacer pacer, OutboxEntry entry, ConversationReference to, CancellationToken cancellationToken)
    {
        var sent = await pacer.CallAsync(
            async ct => await RenderAsync(entry, ct) is { } card
                ? await connector.SendAsync(to.ServiceUrl, to.ConversationId, OutboundActivities.Card(to, card), ct)
                : null,
            cancellationToken);
        return sent?.Id is { Length: > 0 } id ? new CardPosted(entry.Id, id) : null;
    }

    private Task<AdaptiveCard?> RenderAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var (kind, key) = CardSlots.Split(entry.Slot ?? "");
        return _slots.TryGetValue(kind, out var slot)
            ? slot.RenderAsync(entry.ConversationId, key, cancellationToken)
            : throw new InvalidOperationException($"No card slot renders '{entry.Slot}'.");
    }

    private async Task DropAsync(OutboxEntry entry, OutboxPayload payload, string reason, CancellationToken cancellationToken)
    {
        LogDropped(logger, entry.Id, entry.Kind, LogText.Safe(entry.ConversationId), LogText.Safe(reason));
        await store.MarkDroppedAsync(entry.Id, time.GetUtcNow(), reason, cancellationToken);
        telemetry.Sent(entry.Kind.ToString(), "dropped");
        if (payload.NotifyOnDrop is { } chair && entry.Kind != OutboxKind.Personal)
        {
            var note = new TurnOutbox(payload.To, time.GetUtcNow());
            note.SendPrivately(chair, null, (await DialogueTextsAsync(entry.ConversationId, cancellationToken)).Format("Outbox.Dropped", reason));
            await store.AddAsync(note.Entries[0], cancellationToken);
        }
    }

    // The note is about the meeting chat, so it is in the dialogue's language (issue 14); the reason stays as Teams gave it.
    private async Task<Texts> DialogueTextsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var dialogue = dialogues is null ? null : await dialogues.FindAsync(conversationId, cancellationToken);
        return languages?.Shared(dialogue) ?? Texts.For(dialogue?.Language);
    }

    private static Activity ActivityOf(OutboxPayload payload) =>
        payload.Activity is { } json
            ? ProtocolJson.ParseActivity(System.Text.Encoding.UTF8.GetBytes(json.GetRawText())) ?? throw new InvalidDataException("An outbox message has no activity.")
            : throw new InvalidDataException("An outbox message has no activity.");

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempts, 6))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {EntryId} of conversation {ConversationId} postponed until {RetryAt}: {Reason}")]
    private static partial void LogPostponed(ILogger logger, long entryId, string conversationId, DateTimeOffset retryAt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox entry {EntryId} ({Kind}) of conversation {ConversationId} dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, long entryId, OutboxKind kind, string conversationId, string reason);
}
