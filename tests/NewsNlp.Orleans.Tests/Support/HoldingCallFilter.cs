namespace NewsNlp.Orleans.Tests.Support;

/// <summary>
/// Holds NewsNlp batches on the silo <see cref="FailoverHook"/> names until that silo is being killed, and fails the
/// batches it says to reject.
/// </summary>
internal sealed class HoldingCallFilter(ILocalSiloDetails silo) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == "AnalyzeAsync" && FailoverHook.ShouldHold(silo.SiloAddress))
        {
            FailoverHook.Holding.TrySetResult();
            await FailoverHook.Release.Task;
        }

        if (context.InterfaceMethod?.Name == "AnalyzeAsync" && FailoverHook.ShouldReject())
        {
            throw new SiloUnavailableException("rejected by the test, as a silo that left would");
        }

        await context.Invoke();
    }
}
