// Each test runs a host and a Chromium and asserts that a change shows within a second: on a shared 2-core machine
// several browsers at once would measure the machine, not the page. They run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
