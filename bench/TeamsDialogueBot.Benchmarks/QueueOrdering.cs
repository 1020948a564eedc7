using System.Globalization;
using BenchmarkDotNet.Attributes;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Benchmarks;

/// <summary>Ordering 1,000 entries (400 of them already spoke) under each policy: computed on every list change and render.</summary>
[MemoryDiagnoser]
public class QueueOrdering
{
    private static readonly DateTimeOffset s_start = new(2024, 7, 15, 8, 0, 0, TimeSpan.Zero);
    private SpeakerEntry[] _entries = [];

    [Params(OrderingPolicy.Fifo, OrderingPolicy.Alternate, OrderingPolicy.FirstTimeFirst, OrderingPolicy.Groups)]
    public OrderingPolicy Policy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var groups = StakeholderGroups.Default;
        _entries = [.. Enumerable.Range(0, 1_000).Select(i =>
        {
            var spoke = i < 400;
            return new SpeakerEntry
            {
                Number = i + 1,
                // Every fifth speaker comes back, so first-time-first has someone to put behind.
                Speaker = new Speaker(new ParticipantId(string.Create(CultureInfo.InvariantCulture, $"p{i % 800}")), $"Participant {i}", null, groups[i % groups.Count],
                    i % 3 == 0 ? SpeakerChannel.Room : SpeakerChannel.Remote),
                RequestedAt = s_start.AddSeconds(i),
                State = spoke ? EntryState.Done : EntryState.Waiting,
                Turn = spoke ? i + 1 : null,
                StartedAt = spoke ? s_start.AddMinutes(i) : null,
                EndedAt = spoke ? s_start.AddMinutes(i + 1) : null,
            };
        })];
    }

    [Benchmark]
    public int Order1000Entries() => Ordering.Order(Policy, _entries, StakeholderGroups.Default).Count;
}
