using Orleans.Runtime;

namespace NewsNlp.Orleans.Tests.Support;

/// <summary>
/// Lets a test kill a silo while it is certainly in the middle of a batch: once the chosen silo has answered a few
/// batches, it holds every further one and signals <see cref="Holding"/>; the test starts the kill and then calls
/// <see cref="KillStarted"/>, which lets the held batches go on inside a silo that is going down. (They cannot be held
/// for ever: an in-process silo waits for its running calls before it is gone.) Null <see cref="Victim"/> holds nothing.
/// </summary>
internal static class FailoverHook
{
    private static int s_passed;
    private static int s_toReject;

    public static SiloAddress? Victim { get; private set; }

    public static int PassBeforeHolding { get; private set; }

    public static TaskCompletionSource Holding { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static TaskCompletionSource Release { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Arm(SiloAddress victim, int passBeforeHolding)
    {
        s_passed = 0;
        PassBeforeHolding = passBeforeHolding;
        Holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Victim = victim;
    }

    /// <summary>Makes the next <paramref name="count"/> batches, on any silo, fail as if their silo had gone.</summary>
    public static void RejectNext(int count) => Volatile.Write(ref s_toReject, count);

    public static bool ShouldReject() => Volatile.Read(ref s_toReject) > 0 && Interlocked.Decrement(ref s_toReject) >= 0;

    public static void KillStarted() => Release.TrySetResult();

    public static void Disarm()
    {
        Victim = null;
        s_toReject = 0;
        Release.TrySetResult();
    }

    /// <summary>Whether a batch arriving at <paramref name="silo"/> is to be held.</summary>
    public static bool ShouldHold(SiloAddress silo) =>
        silo.Equals(Victim) && Interlocked.Increment(ref s_passed) > PassBeforeHolding;
}
