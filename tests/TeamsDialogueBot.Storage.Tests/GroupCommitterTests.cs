namespace TeamsDialogueBot.Storage.Tests;

public sealed class GroupCommitterTests
{
    [Fact]
    public async Task Batches_commit_one_after_the_other_so_a_later_write_never_overtakes_an_earlier_one()
    {
        await using var committer = new ProbeCommitter();
        var first = committer.ExecuteAsync(new Probe(1), CancellationToken.None);
        await committer.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var second = committer.ExecuteAsync(new Probe(2), CancellationToken.None);

        Assert.False(second.IsCompleted);
        committer.Release.SetResult();
        var results = await Task.WhenAll(first, second);
        Assert.Equal([1, 2], results);
        Assert.Equal(1, committer.MostInFlight);
    }

    private sealed record Probe(int Value);

    // The first batch it sees waits for Release; any later batch commits at once.
    private sealed class ProbeCommitter() : GroupCommitter<Probe>(maxBatch: 16)
    {
        private int _batches;
        private int _inFlight;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int MostInFlight { get; private set; }

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

                return [.. batch.Select(p => ((int?)p.Value, (Exception?)null))];
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
