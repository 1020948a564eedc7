// Each test runs whole bot processes and a burst of hundreds of requests; on a shared machine they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
