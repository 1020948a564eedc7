using System.Collections.Concurrent;

namespace TeamsDialogueBot.Storage.Tests;

public sealed class GroupCommitterTests
{
    [Fact]
    public async Task With_two_writers_a_second_batch_commits_while_the_first_is_still_in_flight()
    {
        await using var committer = new ProbeCommitter(writers: 2);
        var first = committer.ExecuteAsync(new Probe(1), CancellationToken.None);
        await committer.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var second = await committer.ExecuteAsync(new Probe(2), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, second);
        Assert.False(first.IsCompleted);
        Assert.Equal(2, committer.MostInFlight);
        committer.Release.SetResult();
        Assert.Equal(1, await first);
    }

    [Fact]
    public async Task With_one_writer_batches_commit_one_after_the_other()
    {
        await using var committer = new ProbeCommitter(writers: 1);
        var first = committer.ExecuteAsync(new Probe(1), CancellationToken.None);
        await committer.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var second = committer.ExecuteAsync(new Probe(2), CancellationToken.None);

        Assert.False(second.IsCompleted);
        committer.Release.SetResult();
        var results = await Task.WhenAll(first, second);
        Assert.Equal([1, 2], results);
        Assert.Equal(1, committer.MostInFlight);
    }

    [Fact]
    public async Task With_two_writers_a_later_write_of_a_busy_lane_waits_for_the_earlier_one_while_the_other_lane_commits()
    {
        await using var committer = new ProbeCommitter(writers: 2);
        var first = committer.ExecuteAsync(new Probe(1), CancellationToken.None);
        await committer.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // 3 shares 1's lane; 2 arrives after it in the other lane. Were the lanes one queue, the free loop would
        // have taken 3 before 2 and committed it ahead of 1.
        var third = committer.ExecuteAsync(new Probe(3), CancellationToken.None);
        var second = await committer.ExecuteAsync(new Probe(2), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, second);
        Assert.False(third.IsCompleted);
        committer.Release.SetResult();
        var earlier = await Task.WhenAll(first, third);
        Assert.Equal([1, 3], earlier);
        Assert.Equal([2, 1, 3], committer.Committed);
    }

    private sealed record Probe(int Value);

    // The first batch it sees waits for Release; any later batch commits at once. Lane: the value's parity.
    private sealed class ProbeCommitter(int writers) : GroupCommitter<Probe>(maxBatch: 16, writers)
    {
        private int _batches;
        private int _inFlight;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int MostInFlight { get; private set; }
        public ConcurrentQueue<int> Committed { get; } = new();

        protected override int LaneOf(Probe write, int lanes) => write.Value % lanes;

        protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(IReadOnlyList<Probe> batch)
        {
            MostInFlight = Math.Max(MostInFlight, Interlocked.Increment(ref _inFlight));
            try
            {
                if (Interlocked.Increment(ref _batches) == 1)
                {
                    Entered.SetResult();
                    await Release.Task;
                }

                foreach (var probe in batch)
                {
                    Committed.Enqueue(probe.Value);
                }

                return [.. batch.Select(p => ((int?)p.Value, (Exception?)null))];
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
